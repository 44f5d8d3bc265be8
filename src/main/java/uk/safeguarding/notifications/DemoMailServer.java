package uk.safeguarding.notifications;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded setup's own SMTP server (GreenMail), so that a newcomer sees every email the application
 * sends, on the "Emails sent" page, with nothing to configure; never under the {@code postgres} profile,
 * where the authority's SMTP server is {@code spring.mail.*}. It listens on 127.0.0.1 only, on a port
 * the system chooses (or {@code safeguarding.notifications.demo-mail-server.port}), and keeps the port
 * when stopped and started again, as the tests of an outage do.
 */
public class DemoMailServer {

  private static final Logger LOG = LoggerFactory.getLogger(DemoMailServer.class);

  private final List<MimeMessage> beforeRestarts = new ArrayList<>();
  private GreenMail server;
  private int port;

  DemoMailServer(int port) {
    this.port = port;
    start();
  }

  public synchronized void start() {
    if (server != null && server.isRunning()) {
      return;
    }
    ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    server = new GreenMail(port == 0 ? setup.dynamicPort() : setup);
    server.start();
    port = server.getSmtp().getPort();
    LOG.info("Demo mail server (GreenMail) takes the application's emails at 127.0.0.1:{}; read them on /notifications.html", port);
  }

  /** Stops taking email, as an SMTP outage would; what it has received is kept. */
  public synchronized void stop() {
    if (server != null && server.isRunning()) {
      beforeRestarts.addAll(Arrays.asList(server.getReceivedMessages()));
      server.stop();
    }
  }

  public synchronized boolean running() {
    return server != null && server.isRunning();
  }

  public synchronized int port() {
    return port;
  }

  /** Every email received since the start, across stops and starts. */
  public synchronized List<MimeMessage> received() {
    List<MimeMessage> all = new ArrayList<>(beforeRestarts);
    if (server != null && server.isRunning()) {
      all.addAll(Arrays.asList(server.getReceivedMessages()));
    }
    return all;
  }

  /** The SMTP client settings for it: short timeouts, so a send to a stopped server fails fast and is retried. */
  Properties clientProperties() {
    Properties properties = new Properties();
    properties.put("mail.smtp.connectiontimeout", "5000");
    properties.put("mail.smtp.timeout", "5000");
    properties.put("mail.smtp.writetimeout", "5000");
    return properties;
  }
}
