package uk.safeguarding.notifications;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The embedded setup (not the {@code postgres} profile) sends to its own {@link DemoMailServer}; Spring
 * Boot's own mail sender from {@code spring.mail.*} then stands aside.
 */
@Configuration
@ConditionalOnProperty(name = "safeguarding.notifications.demo-mail-server.enabled", havingValue = "true")
class DemoMailConfiguration {

  @Bean(destroyMethod = "stop")
  DemoMailServer demoMailServer(@Value("${safeguarding.notifications.demo-mail-server.port:0}") int port) {
    return new DemoMailServer(port);
  }

  @Bean
  JavaMailSender demoMailSender(DemoMailServer server) {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost("127.0.0.1");
    sender.setPort(server.port());
    sender.setJavaMailProperties(server.clientProperties());
    return sender;
  }
}
