// An EHCP deadline check: every statutory deadline of one case, as at 30 June 2025 (SEND Regulations 2014).
// jshell runs a line as soon as it is a complete statement, so a chain continued on the next line ends its
// line with "." (a line starting with "." would be a new, broken snippet).
EhcpCase c = EhcpCase.builder().id("C-001").localAuthority(la(202)).requestReceived(date("2024-09-02")).
    addEvents(CaseEvent.of(EventType.DECISION_TO_ASSESS, date("2024-10-11"))).
    addEvents(CaseEvent.of(EventType.DRAFT_SERVED, date("2024-12-20"))).
    addEvents(CaseEvent.of(EventType.FINAL_ISSUED, date("2025-01-24"))).
    build();
Timeline t = TimelineEngine.DEFAULT.timeline(c, date("2025-06-30"));
List<List<?>> rows = new ArrayList<>();
for (Deadline d : t.deadlines()) rows.add(List.of(d.periodId(), d.due(), d.status(), d.done().map(Object::toString).orElse("-"), d.daysMissedBy()));
table(List.of("deadline", "due", "status", "done", "days late"), rows);
System.out.println(t.missed().size() + " deadline(s) missed; the final plan was due " + t.deadline("final-plan").due()
    + " (20 weeks after the request)");
