package uk.safeguarding.notifications;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import biweekly.property.Method;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Date;
import uk.safeguarding.calendar.WorkingDayCalendar;

/**
 * A convened meeting as an iCalendar file (RFC 5545, written by biweekly), so that an invitee's mail
 * program puts it in their diary: a whole day when the meeting has only a date, an hour from its time
 * when it has one. Like the email, it names the meeting and the case reference, never the child.
 */
final class MeetingInvitation {

  static final String CONTENT_TYPE = "text/calendar; charset=UTF-8; method=PUBLISH";
  static final String FILE_NAME = "invitation.ics";

  private MeetingInvitation() {}

  static String ics(Notification notification, String link) {
    ICalendar calendar = new ICalendar();
    calendar.setProductId("-//Safeguarding pathways//Notifications//EN");
    calendar.setMethod(Method.publish());
    VEvent meeting = new VEvent();
    // One meeting, one UID for every invitee, so a second email about it updates the same diary entry.
    meeting.setUid("meeting-" + notification.caseReference() + "-" + notification.meetingName().replaceAll("\\W+", "-")
        + "-" + notification.meetingOn() + "@safeguarding-pathways");
    meeting.setSummary(notification.meetingName() + ", case " + notification.caseReference());
    meeting.setDescription("Case reference " + notification.caseReference() + ". The details are in Tasklist, after you sign in: "
        + link);
    meeting.setUrl(link);
    String on = notification.meetingOn();
    if (on.contains("T")) {
      ZonedDateTime start = LocalDateTime.parse(on).atZone(WorkingDayCalendar.LONDON);
      meeting.setDateStart(new DateStart(Date.from(start.toInstant()), true));
      meeting.setDateEnd(new DateEnd(Date.from(start.plusHours(1).toInstant()), true));
    } else {
      LocalDate day = LocalDate.parse(on);
      meeting.setDateStart(new DateStart(allDay(day), false));
      meeting.setDateEnd(new DateEnd(allDay(day.plusDays(1)), false));
    }
    calendar.addEvent(meeting);
    return Biweekly.write(calendar).go();
  }

  /** A date without a time is written as the date itself; biweekly reads it in the default time zone. */
  private static Date allDay(LocalDate day) {
    return Date.from(day.atStartOfDay(java.time.ZoneId.systemDefault()).toInstant());
  }
}
