package uk.safeguarding.gates;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import jakarta.annotation.PostConstruct;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.stereotype.Component;
import uk.safeguarding.contract.CaseWriteRefusedException;

/**
 * A gate (or the case's contract, CaseWriteGuard) refusing bad input is the system working, not failing: the engine would log each refusal
 * as an ERROR with a stack trace (ENGINE-16004), burying real faults. This keeps those out of the log;
 * {@link Gate} logs one INFO line per refusal instead, with rule IDs and fields but no case data.
 */
@Component
public class GateRefusalLogging {

  @PostConstruct
  public void quietenRefusals() {
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context
        && context.getTurboFilterList().stream().noneMatch(RefusalFilter.class::isInstance)) {
      context.addTurboFilter(new RefusalFilter());
    }
  }

  static final class RefusalFilter extends TurboFilter {
    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
      for (Throwable cause = t; cause != null; cause = cause.getCause()) {
        if (cause instanceof GateRefusedException || cause instanceof CaseWriteRefusedException) {
          return FilterReply.DENY;
        }
      }
      if (params != null) {
        for (Object param : params) {
          if (param instanceof GateRefusedException || param instanceof CaseWriteRefusedException) {
            return FilterReply.DENY;
          }
        }
      }
      return FilterReply.NEUTRAL;
    }
  }
}
