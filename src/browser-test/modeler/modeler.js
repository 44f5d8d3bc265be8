// The page templates-in-modeler.js opens: Camunda Modeler's editor for Camunda 7 diagrams, as
// camunda-bpmn-js ships it (bpmn-js, its properties panel and bpmn-js-element-templates, with
// camunda-bpmn-moddle), bundled by esbuild at build time (npm run build:modeler, run by mvn in the
// browser-test-install step) into target/modeler/. Nothing here is generated into the sources.
import CamundaPlatformModeler from 'camunda-bpmn-js/lib/camunda-platform/Modeler';
import 'camunda-bpmn-js/dist/assets/camunda-platform-modeler.css';
import 'camunda-bpmn-js/dist/assets/bpmn-font/css/bpmn.css';

window.CamundaPlatformModeler = CamundaPlatformModeler;
