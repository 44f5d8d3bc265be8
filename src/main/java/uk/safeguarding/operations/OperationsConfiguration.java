package uk.safeguarding.operations;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Background refreshes of the operational metrics. */
@Configuration
@EnableScheduling
public class OperationsConfiguration {}
