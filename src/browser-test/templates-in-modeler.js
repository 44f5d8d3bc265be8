// A designer draws a pathway from the project's element templates in Camunda Modeler's own editor for
// Camunda 7 diagrams (camunda-bpmn-js: bpmn-js, its properties panel and bpmn-js-element-templates),
// in Debian's Chromium: the templates are loaded as Modeler loads them, each element is appended from
// the one before, its template applied through the element templates API, and each dropdown of the
// template chosen in the properties panel, by the option's label as the designer reads it. The diagram
// is exported and written to --out. Run by designers/TemplatesInModelerBrowserTest, which gives the
// drawing (--plan, JSON) and checks the exported diagram with the house rules, deploys and starts it.
//
// The page is target/modeler/modeler.js (and .css), bundled by esbuild from modeler/modeler.js by
// `npm run build:modeler` (mvn's browser-test-install step).
//
// Prints: TEMPLATES <n loaded> (ERROR <template>: <message> for each one bpmn-js refused),
// APPLIED <element id> <template id> for each element, CHOSE <element id> <label> = <value> for each
// dropdown, EXPORTED <file>; then every template applied on an element of its own in a second diagram,
// EVERY <element id> <template id>, EXPORTED <--every-out>.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { options, runJourney, launchChromium, newPage } = require('./tasklist');

const args = options(['modeler', 'templates', 'plan', 'out', 'every-out', 'screenshots']);

runJourney(args.screenshots, async (journey) => {
  const plan = JSON.parse(args.plan);
  const templates = fs.readdirSync(args.templates).filter((file) => file.endsWith('.json')).sort()
    .flatMap((file) => JSON.parse(fs.readFileSync(path.join(args.templates, file), 'utf8')));

  await launchChromium(journey);
  const page = await newPage(journey, { locale: 'en-GB', width: 1600, height: 1000 });
  await page.setContent(`<!DOCTYPE html><html><head><title>Camunda 7 modeler</title></head><body style="margin:0">
    <div id="canvas" style="position:absolute;left:0;top:0;bottom:0;right:420px"></div>
    <div id="properties" style="position:absolute;top:0;bottom:0;right:0;width:420px;overflow:auto;border-left:1px solid #ccc"></div>
    </body></html>`);
  await page.addStyleTag({ path: path.join(args.modeler, 'modeler.css') });
  await page.addScriptTag({ path: path.join(args.modeler, 'modeler.js') });
  journey.step('editor loaded');

  // Modeler hands the templates it found to bpmn-js-element-templates, which validates them: a template
  // it refuses is not offered, and the error is what Modeler would show in its log.
  const loaded = await page.evaluate(async (all) => {
    const errors = [];
    const modeler = new window.CamundaPlatformModeler({
      container: '#canvas', propertiesPanel: { parent: '#properties' }, elementTemplates: all,
    });
    window.modeler = modeler;
    modeler.on('elementTemplates.errors', ({ errors: refused }) => refused.forEach((error) => errors.push(error)));
    await modeler.createDiagram();
    modeler.get('elementTemplatesLoader').reload();
    return {
      count: modeler.get('elementTemplates').getAll().length,
      errors: errors.map((error) => `${error.template?.id || '?'}: ${error.message}`),
    };
  }, templates);
  console.log(`TEMPLATES ${loaded.count}`);
  loaded.errors.forEach((error) => console.log(`ERROR ${error}`));

  // The process: its id (the pathway's contract), name and retention, as typed in the panel's General
  // and History cleanup groups.
  await page.evaluate((process) => {
    const modeling = window.modeler.get('modeling');
    const root = window.modeler.get('canvas').getRootElement();
    modeling.updateProperties(root, {
      id: process.id, name: process.name, isExecutable: true, 'camunda:historyTimeToLive': process.historyTimeToLive,
    });
  }, plan.process);

  let previous = null;
  for (const step of plan.steps) {
    // Append the element to the last one, as the context pad's "Append ..." does, name it and give it the
    // id the contract names; then apply its template.
    const applied = await page.evaluate(({ step, previousId, templateId }) => {
      const modeler = window.modeler;
      const registry = modeler.get('elementRegistry');
      const modeling = modeler.get('modeling');
      const elementTemplates = modeler.get('elementTemplates');
      let element;
      if (previousId === null) {
        element = registry.filter((each) => each.type === 'bpmn:StartEvent')[0];
      } else {
        const shape = modeler.get('elementFactory').createShape({ type: step.type });
        element = modeler.get('autoPlace').append(registry.get(previousId), shape);
      }
      modeling.updateProperties(element, { id: step.id });
      modeling.updateLabel(element, step.name);
      if (step.documentation) {
        const documentation = modeler.get('bpmnFactory').create('bpmn:Documentation', { text: step.documentation });
        modeling.updateProperties(element, { documentation: [documentation] });
      }
      if (templateId) {
        const template = elementTemplates.getAll().find((each) => each.id === templateId);
        if (!template) throw new Error(`no template ${templateId} in the editor`);
        element = elementTemplates.applyTemplate(element, template);
      }
      modeler.get('selection').select(element);
      return { id: element.id, template: element.businessObject.get('camunda:modelerTemplate') || null };
    }, { step, previousId: previous, templateId: step.template || null });
    if (applied.id !== step.id || applied.template !== (step.template || null)) {
      throw new Error(`${step.id}: the editor holds ${applied.id} with the template ${applied.template}`);
    }
    if (step.template) console.log(`APPLIED ${step.id} ${step.template}`);

    // Each dropdown as the designer uses it: the template's group in the properties panel, the select
    // under its label, the option whose label begins with the words given.
    for (const [label, wanted] of Object.entries(step.choose || {})) {
      const select = page.locator('#properties').getByLabel(label, { exact: true });
      if (!(await select.isVisible())) {
        await page.locator('#properties .bio-properties-panel-group-header')
          .filter({ hasText: step.templateName || 'Custom properties' }).first().click();
      }
      const option = await select.evaluate((element, words) => {
        const found = [...element.options].find((each) => each.label === words || each.label.startsWith(`${words} `));
        return found ? found.value : null;
      }, wanted);
      if (option === null) throw new Error(`${step.id}: '${label}' offers no choice '${wanted}'`);
      await select.selectOption(option);
      const held = await page.evaluate(({ id, label }) => {
        const element = window.modeler.get('elementRegistry').get(id);
        const template = window.modeler.get('elementTemplates').get(element);
        const property = template.properties.find((each) => each.label === label);
        return element.businessObject.get(property.binding.name);
      }, { id: step.id, label });
      if (held !== option) throw new Error(`${step.id}: '${label}' chose ${option} but the diagram holds ${held}`);
      console.log(`CHOSE ${step.id} ${label} = ${option}`);
    }
    previous = step.id;
  }
  journey.step('drawn');

  // A picture of the start of the drawing and the step the test starts at, with its template's
  // dropdowns in the panel.
  await page.evaluate((id) => {
    const modeler = window.modeler;
    const canvas = modeler.get('canvas');
    const { outer } = canvas.viewbox();
    canvas.viewbox({ x: 0, y: 0, width: outer.width, height: outer.height });
    modeler.get('selection').select(modeler.get('elementRegistry').get(id));
  }, plan.screenshotOf);
  await page.screenshot({ path: journey.screenshot('templates-in-modeler.png') });

  const xml = await page.evaluate(async () => (await window.modeler.saveXML({ format: true })).xml);
  fs.writeFileSync(args.out, xml);
  console.log(`EXPORTED ${args.out}`);
  journey.step('exported');

  // Then every template the editor offers, each on an element of its own in a new diagram, as the
  // template leaves it before a choice is made; written to --every-out.
  const every = await page.evaluate(async () => {
    const modeler = window.modeler;
    await modeler.createDiagram();
    const elementTemplates = modeler.get('elementTemplates');
    const elementFactory = modeler.get('elementFactory');
    const modeling = modeler.get('modeling');
    const root = modeler.get('canvas').getRootElement();
    const applied = elementTemplates.getAll().map((template, index) => {
      const shape = elementFactory.createShape({ type: template.appliesTo[0] });
      const created = modeling.createShape(shape, { x: 250 + (index % 12) * 150, y: 100 + Math.floor(index / 12) * 150 }, root);
      const element = elementTemplates.applyTemplate(created, template);
      return `${element.id} ${element.businessObject.get('camunda:modelerTemplate')}`;
    });
    return { applied, xml: (await modeler.saveXML({ format: true })).xml };
  });
  every.applied.forEach((line) => console.log(`EVERY ${line}`));
  fs.writeFileSync(args['every-out'], every.xml);
  console.log(`EXPORTED ${args['every-out']}`);
  journey.step('every template applied');
});
