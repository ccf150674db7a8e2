<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>ActionAddCommand</name>
    <message>
        <source>Record a challenge action raised at a meeting; prints its reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--owner is &quot;ORGANISATION: ROLE&quot;, or a role used before (completed from earlier actions), or a role in the MPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting that raised it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MPS owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MOPAC lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A linked measure (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low, medium (default) or high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--meeting &apos;%1&apos; is not a meeting id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--due &apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--priority &apos;%1&apos; is not one of low, medium, high</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionEditor</name>
    <message>
        <source>New action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit action %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocated on save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. MPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Commander, Met Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference of the superseding action, e.g. MC-2025-004</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the status changes (recorded as a follow-up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Detail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised at &amp;meeting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MPS owner &amp;organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MPS owner &amp;role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MOPAC &amp;lead:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ue date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked m&amp;easures:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superseded &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the &amp;change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the action a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the meeting that raised the action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the MPS owner: an organisation, a role or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date %1 is not a date; write it as YYYY-MM-DD, e.g. 2025-03-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the status changes: it is recorded as a follow-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reference of the action that supersedes this one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionFilterBar</name>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only %1 actions (choose several to combine; none: every status)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search reference, title, owner, update…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due &amp;within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2 actions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionLogXlsxWriter</name>
    <message>
        <source>%1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionModel</name>
    <message>
        <source>%1 (1 day overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 days overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superseded by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MPS owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MOPAC lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest update</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionRowDelegate</name>
    <message>
        <source>⚠ %1 (1 day overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1 (%2 days overdue)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionService</name>
    <message>
        <source>The actions could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no action %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-ups could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owners could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MOPAC leads could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meetings could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action needs an MPS owner (organisation or role).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action needs a due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no measure with the code &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measures could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action could not be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no meeting %1 to raise the action at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action could not be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has follow-ups on the record and cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 supersedes another action and cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A follow-up needs a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A follow-up cannot be dated in the future (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot go from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To mark %1 superseded, name the action that supersedes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action cannot supersede itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is itself superseded; name the action that replaced it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A superseding action is only given when marking an action superseded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up %1 is not one of %2&apos;s follow-ups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The carried-forward actions could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no meeting %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionShowCommand</name>
    <message>
        <source>Show an action with its follow-ups and audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write JSON to standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure overdue against this date (default: today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--today &apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no action %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised at: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MPS owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MOPAC lead: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (overdue, %1 d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [evidence: %1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (corrects %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionUpdateCommand</name>
    <message>
        <source>Record a follow-up on an action, optionally changing its status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups are never edited or deleted: to correct one, record another with --corrects ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New status: open, in_progress, completed, closed, superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The superseding action (with --status superseded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An evidence reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the update (default: today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up this one corrects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status &apos;%1&apos; is not one of open, in_progress, completed, closed, superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date &apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--corrects &apos;%1&apos; is not a follow-up id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no action %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: follow-up %2 recorded; status %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionsCommand</name>
    <message>
        <source>List the challenge actions, filtered; or export them to CSV or XLSX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only actions with status S (open, in_progress, completed, closed, superseded); repeat or separate with commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only overdue actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only actions whose MPS owner contains TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only actions raised at meeting ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only outstanding actions due within N days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only actions mentioning TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure overdue against this date (default: today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write JSON to standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the listed actions to a CSV file (for Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the listed actions to an XLSX workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status &apos;%1&apos; is not one of open, in_progress, completed, closed, superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--meeting &apos;%1&apos; is not a meeting id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--due-within &apos;%1&apos; is not a number of days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--today &apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>cwb: wrote %n action(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>cwb: no actions match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (overdue, %1 d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionsView</name>
    <message>
        <source>No actions yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions are what a meeting asks the MPS to do: an owner, a due date and the follow-ups until it is done. Add the first one raised at a meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected action (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a correction of the selected follow-up (follow-ups are never changed) (Ctrl+Shift+U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add action “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1; the filters hide it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit action %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up was not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The correction was not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a meeting to review in the meeting filter first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review mode could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n action(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnalysisService</name>
    <message>
        <source>The data for %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationDelegate</name>
    <message>
        <source>on %1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publishable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationDialog</name>
    <message>
        <source>Your comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal — MOPAC only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishable — may appear in the public briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole &amp;item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One &amp;data point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2025-01 or R12:2025-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Visibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the comment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the area of the data point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a period: write e.g. 2025-01 (a month) or R12:2025-01 (the 12 months to it).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationModel</name>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationPanel</name>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads you started or replied to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;nternal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads with internal comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the item “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to %1: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an item to comment on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open, %2 in all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationService</name>
    <message>
        <source>The annotations could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annotation could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annotation no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An annotation needs some text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An annotation must be on a pack item or on one data point (measure, area and period).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annotation could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reply needs some text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies go to the first annotation of a thread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a whole thread can be resolved or reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annotation could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDetails</name>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a batch to see its report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illustrative demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: made-up figures for demonstration, not published police data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data, made by the Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: %1; of which revised an earlier value: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate records dropped: %1; rows placed in no borough (unallocated): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows left out are not listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rows were left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows left out as invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read: %1; accepted: %2; skipped as invalid: %3; for areas the workspace does not hold (not imported): %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchModel</name>
    <message>
        <source>Illustrative demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made-up figures for demonstration; not published police data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values revised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unallocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid rows left out because the file was imported with “skip invalid rows”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures (indicator × area × period) this batch wrote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures that differed from what was current: each became a new vintage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated records (the same crime ID) counted once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows that could not be placed in a borough; they count in the force total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchRemoveCommand</name>
    <message>
        <source>Remove an import batch, restoring the values that were current before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch&apos;s observations and its report go in one transaction; where the batch revised a value, the earlier vintage becomes current again. ID is a number from &apos;cwb batches&apos;. This cannot be undone, but the file can be imported again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a batch number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no batch %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed batch %1 (%2, %3 observations)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchesCommand</name>
    <message>
        <source>List the import batches with what each brought in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write JSON to standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cwb: %1 has no import batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (demo)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoroughModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (z = %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mid-year estimate for %1 (the latest period&apos;s year is not published)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mid-year estimate for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per 1,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoroughService</name>
    <message>
        <source>The boroughs could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Populations of an earlier year are used for %n of the boroughs: the estimate for the latest period&apos;s year is not in this workspace.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The borough populations could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A funnel plot compares counts per 1,000 residents or survey proportions; this measure is neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rates per 1,000 residents need borough populations. Import the ONS mid-year estimates (File ▸ Import files…, format &quot;population&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source gives no survey bases: a base of %1 is assumed for each borough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Boroughs whose latest period is not %1 are left out (%n).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BoroughSmallMultiples</name>
    <message>
        <source>Small multiples: each borough&apos;s series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)
%4 to %5, on its own scale</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoroughTileMap</name>
    <message>
        <source>Tile map of the London boroughs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per 1,000 residents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no data for this measure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoroughsCommand</name>
    <message>
        <source>Compare the boroughs on a measure: rates per 1,000 residents and funnel-plot exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each borough&apos;s latest value (as the scorecard shows it), its population (the ONS mid-year estimate, indicator ons.mye:Population; import it with --format population), the rate per 1,000 residents, the change and status, and its position on a funnel plot against the London rate with 95% and 99.8% limits, widened when the boroughs are over-dispersed. Survey measures are compared as proportions with their bases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no borough has data for this measure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per 1,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>London: %1. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per 1,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoroughsView</name>
    <message>
        <source>Import files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate per 1,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As &amp;of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour map by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan has no measures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No borough has data for %1. Import the published figures (File ▸ Import files…) to compare the boroughs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No borough has data for this measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per 1,000 residents, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residents, thousands (mid-year estimate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey base (interviews)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per 1,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per cent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>London rate (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>London (%1%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceptions (outside the 95% limits): %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefingActions</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport briefing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the meeting&apos;s briefing, public or internal edition, as PDF or ODT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the briefing&apos;s pages as they will print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the meeting&apos;s briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview — %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print briefing — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing the briefing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) of the briefing to the printer.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;a href=&quot;file&quot;&gt;Open file&lt;/a&gt; · &lt;a href=&quot;folder&quot;&gt;Open folder&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefingBuilder</name>
    <message>
        <source>Briefing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data had been imported when the pack was approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, imported %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measure %1 of the item &quot;%2&quot; has no data to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an item no longer in the pack</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BriefingExportDialog</name>
    <message>
        <source>Export briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no meeting %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public (OFFICIAL) — publishable material only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal (OFFICIAL-SENSITIVE) — everything in the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public edition leaves out every internal item, line of enquiry and annotation; the internal edition holds everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (for reading, printing and publishing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ODT (OpenDocument text, to edit in a word processor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack &amp;version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This meeting has no pack yet: create it in the pack editor first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;OFFICIAL-SENSITIVE.&lt;/b&gt; The internal edition holds everything in the pack, internal items, lines of enquiry and annotations included. It is for the Deputy Mayor and MOPAC officers: do not publish it or send it outside MOPAC, and store it as OFFICIAL-SENSITIVE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;OFFICIAL.&lt;/b&gt; Publishable material only: internal items, internal lines of enquiry and commentary, and the annotations are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is not approved (%2): this is a &lt;b&gt;draft&lt;/b&gt; briefing. Its cover says so, and its numbers follow the current data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export briefing as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the briefing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an existing folder with Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %p%…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>help takes at most one command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;%1 help %2&apos; for its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 COMMAND [ARGUMENTS] [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;%1 help&apos; for a list of commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help, or the help for one command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing --%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenge Workbench on the command line: workspaces, plans, imports and scorecards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON goes to standard output, messages to standard error. Exit status: 0 success, 1 failure, 2 usage error, 3 input file rejected as invalid (nothing written).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>Cannot open workspace %1: the file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparatorService</name>
    <message>
        <source>&quot;%1&quot; is not a month (expected e.g. 2019-09).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No national comparator: the police force area tables publish no figure with the definition of &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No national figures for %1 in %2: import the ONS police force area tables (they cover police force areas, not boroughs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No national figures for %1 in %2 for 12 months ending by %3 together with the same 12 months a year earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the latest month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (excluding %2, not available in one of the years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the most similar forces (combined)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rose %2 in the %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fell %2 in the %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was unchanged in the %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be given as a change in the %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rise of %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a fall of %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, against %2. Comparator flag: %3 — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; no national peer has figures for both years, so there is no comparison.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The national figures end with the scorecard&apos;s month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National data lag the scorecard (%1) by 1 month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National data lag the scorecard (%1) by %2 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The national figures for %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: it has no header line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quoted field is not closed before the end of the file (the file may be truncated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected text after a closing quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record is longer than %1 bytes; this is not a file the Workbench can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record contains a NUL byte (the file may be binary or UTF-16).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is not valid UTF-8 (byte 0x%1); save the file as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected %1 fields as in the header, found %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Could not open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace could not prepare a statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace refused a change or a query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace did not report the id of a new row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transaction is already open on this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace could not start a transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace could not save the change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnquiriesEditor</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question for the MPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit line of enquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link line of enquiry to a measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change visibility of line of enquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add line of enquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove line of enquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder lines of enquiry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Export a meeting&apos;s briefing (public or internal edition) as PDF or ODT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting (number or uid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public or internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pdf (the default) or odt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack version (default: the latest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the briefing says it was produced (ISO 8601; default now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--meeting needs a meeting number or uid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--edition &apos;%1&apos; is not public or internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format &apos;%1&apos; is not pdf or odt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timestamp &apos;%1&apos; is not an ISO 8601 date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--version &apos;%1&apos; is not a version number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o needs a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no meeting %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilesPage</name>
    <message>
        <source>Detect automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the files to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each file becomes one batch. A file is imported whole or not at all, and a file imported before is recognised and left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can also drop files here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip invalid rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the valid rows of a file that has some invalid ones, and list the rows left out in the batch&apos;s report. When this is off, a file with any invalid row is rejected and nothing from it is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published data (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Correct a follow-up of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a follow-up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups are never changed. This adds a correction of the entry of %1 by %2:
“%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (currently %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the entry should have said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. MC-2025-004</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document reference or a link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superseded &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reference of the action that supersedes this one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <source> [%1 → %2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (correction)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction of the entry of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an earlier date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No follow-ups yet. Add one with “Add follow-up…” (Ctrl+U).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Select an action to see its follow-ups.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 — %2&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1 · Owner: %2 · Lead: %3 · Due %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superseded by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Funnel</name>
    <message>
        <source>A funnel plot needs at least three areas with a size (residents or survey base).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every area has the same proportion (0% or 100%): there is nothing to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No area has any events: there is nothing to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits widened for over-dispersion (additive random effects): φ = %1, τ = %2 per %3 between areas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits widened for over-dispersion (additive random effects): φ = %1, τ = %2 points between areas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits widened for over-dispersion (multiplicative): φ = %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact Poisson limits; the areas vary no more than chance would make them (φ = %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binomial limits (normal approximation); the areas vary no more than chance would make them (φ = %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within the limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above the 95% limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above the 99.8% limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below the 95% limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below the 99.8% limit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FunnelChart</name>
    <message>
        <source>99.8% limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95% limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within the limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside 95%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside 99.8%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import published data files into a workspace, one batch per file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each file is read and checked in full, then written in one transaction: a file with an invalid row is rejected and nothing of it is written (unless --skip-invalid), and a file already imported byte for byte is left as it was. Values that differ from the current ones become a new vintage; earlier vintages stay available (see &apos;cwb series --batch&apos;). The format is detected from the header unless --format is given.

Formats: %1

Problems are listed on standard error as FILE:LINE:COLUMN: message. Exit status: 0 every file imported or unchanged, 3 a file was rejected as invalid, 1 an import failed or was cancelled (Ctrl+C), 2 usage error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the files as this format instead of detecting it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the valid rows and list the invalid ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a JSON report per file to standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (known formats: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 observation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 revised</source>
        <extracomment>values that differed from the current ones and became a new vintage</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 duplicate dropped</source>
        <extracomment>repeated rows (the same police.uk Crime ID) counted once</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 duplicates dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported %1 as batch %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 invalid row skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 invalid rows skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unallocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged %1: already imported as batch %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged %1: nothing new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected %1: %2, nothing written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 invalid row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 invalid rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled %1: nothing written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed %1: nothing written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 more problems not shown (use --json to list them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows for other areas not imported</source>
        <extracomment>valid rows for areas the workspace does not hold (e.g. other police forces)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportParser</name>
    <message>
        <source>The file cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The format was not recognised from the header (%1). Choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no format called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The format &quot;%1&quot; reads spreadsheet workbooks (.xlsx); this file is not one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportService</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be imported; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n invalid row(s) and was not imported; nothing was written. Fix the rows, or choose to skip invalid rows.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was already imported as batch %2 (identical file); nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 as batch %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written to the workspace; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import batches could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 could not be removed; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The series could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWorker</name>
    <message>
        <source>Not imported: the import was cancelled first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportsView</name>
    <message>
        <source>Import files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import published data files into this workspace (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected batch: the values it brought in revert to what was current before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop files here to import them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data imported yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the published files the measures are built from: London Datastore borough crime, police.uk street-level crime, Public Attitude Survey extracts, MPS dashboard extracts, or a tidy CSV. Each file becomes one batch that you can inspect and remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illustrative demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove batch %1, “%2”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures it brought in are taken out of the workspace. Where it revised figures that were already there, the values that were current before it was imported become current again. You can import the file again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InfoCommand</name>
    <message>
        <source>Show a workspace&apos;s schema version and what it holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write JSON to standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes (illustrative, not real figures)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Create a new workspace file with the reference areas and built-in plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add illustrative demo data (not real figures)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create workspace %1: the file already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created workspace %1 (demo data: illustrative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created workspace %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Challenge Workbench workspaces (*.cwb);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boroughs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workspace is one file that holds the plans, the imported data and your meetings. Create a new one or open one you already have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illustrative demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures in this workspace are made up for demonstration. They are not published police data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Challenge Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file %1 no longer exists. It has been removed from the list of recent workspaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 from the recent workspaces: the file no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 recent workspaces whose files no longer exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenge Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Challenge Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Challenge Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Challenge Workbench %1&lt;/h3&gt;&lt;p&gt;For the Mayor&apos;s Office for Policing and Crime: keeps the Police and Crime Plan&apos;s measures, the evidence behind them and the challenge put to the Metropolitan Police Service in one place.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport briefing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print briefing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasureCommand</name>
    <message>
        <source>Show one measure&apos;s series with its trajectory, control limits and signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE is the measure&apos;s code in the plan, e.g. ROBBERY. Monthly counts are listed by month with the rolling 12 months ending there (the scorecard grain) beside them; other measures as published. The control chart is an XmR chart over the months for monthly counts and over the published points otherwise, with a new phase at each series break; signals are a point beyond a limit, a shift (7 on one side of the mean), a trend (7 rising or falling) and two of three beyond a near limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE needs a measure code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan %1 has no measure %2 (measures: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline: %1   Target: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trajectory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasureEditor</name>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Polarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2024/25</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;eriod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target v&amp;alue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target &amp;date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;olerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As &amp;written in the Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formula, series breaks and published figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No measure selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a month as YYYY-MM, for example 2029-03.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a period such as 2024/25 (financial year), 2024-01 (month), 2024-Q1 (quarter) or 2024 (calendar year).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number, for example 1,234.5, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasureExplorer</name>
    <message>
        <source>No measure selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control chart of monthly values, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit and polarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trajectory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Plan published no baseline value: it is computed from the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart shows rolling 12-month totals: monthly crime is seasonal, so single months are not compared with each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer judgement (calculated: %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ✎ (officer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer judgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, by %2 on %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seasonal regression on %1 months to %2, with a 95% prediction interval, to %3. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every month observed since lies within the interval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed outside the interval: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasureItemEditor</name>
    <message>
        <source>YYYY-MM (empty: whole series)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM (empty: latest data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey proportions always compare non-overlapping survey years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;reas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key facts: the measure has no data for the chosen areas and months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not in this plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No area chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a month: write it as YYYY-MM, e.g. 2024-04.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first month comes after the last.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasureReferenceView</name>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum of the indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratio: numerator indicators over denominator indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proportion published by the survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No series breaks recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not published</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingCalendar</name>
    <message>
        <source>%1 %2: %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>New meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Violence against women and girls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. City Hall, Kamal Chunchie Way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A web address or file reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add attendee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move attendee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title or theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ate and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;inutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the meeting a title or theme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendee %1 has no name: give one or remove the row.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingModel</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title or theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingService</name>
    <message>
        <source>The meetings could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting needs a title or theme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting needs a date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting cannot last a negative time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every attendee needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting &quot;%1&quot; has a pack; remove the pack first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingTableModel</name>
    <message>
        <source>Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsBrowser</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meetings yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the MOPAC Challenge, London Policing Board or Oversight Board meetings you prepare for. Each meeting gets a scrutiny pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has a scrutiny pack, so it cannot be deleted. If it will not take place, edit it and set its status to Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsCommand</name>
    <message>
        <source>List the meetings, next meeting first, with their packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write JSON to standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cwb: %1 has no meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date (London)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (next)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MpsBoroughAdapter</name>
    <message>
        <source>MPS borough level crime (London Datastore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MPS borough level crime, old categories (London Datastore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not start with the columns %1 and at least one month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is not a month (expected YYYYMM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month column &quot;%1&quot; appears more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no borough the Metropolitan Police polices: &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of 0 or more: &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a duplicate of an earlier row for the same borough and category with a different value (%2 here, %3 before).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MpsDashboardAdapter</name>
    <message>
        <source>MPS monthly crime dashboard (London Datastore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;month_year&quot; is not the first day of a month (expected e.g. 2022-03-01T00:00:00.000Z): &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;area_code&quot; and &quot;area_name&quot; name no borough the Metropolitan Police polices: &quot;%1&quot;, &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;count&quot; is not a whole number of 0 or more: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;count&quot; is a duplicate of an earlier row for the same borough, subtype, measure and month with a different value (%1 here, %2 before).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NarrativeEditor</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subheading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bullets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbering</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnsPfaAdapter</name>
    <message>
        <source>ONS police force area tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ONS police force area tables are read from the published .xlsx workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the title does not describe an ONS police force area table: &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the title does not say which 12 months the table covers (&quot;year ending &lt;month&gt; &lt;year&gt;&quot;): &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the title names another period (%2) than sheet &quot;%3&quot; (%4): &quot;%5&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet &quot;%1&quot;: no header row (a row starting &quot;Area Code&quot;, &quot;Area Name&quot;) in the first %2 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the column &quot;%2&quot; appears more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet &quot;%1&quot;: the header row %2 names no offence columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the area %2 appears twice with different figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet &quot;%1&quot;: no rows with an area code (column A) below the header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the population column does not say which mid-year estimate it holds (&quot;mid-2017&quot;): &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet &quot;%1&quot;: the header row %2 has no &quot;Population figures&quot; column.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverrideCommand</name>
    <message>
        <source>Override a measure&apos;s status with officer judgement, or clear the override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The override is kept with its note, author and time; earlier ones stay in the history and the newest applies. --clear returns to the computed status. A note is always required. STATUS is one of on_track, at_risk, off_track, no_target, insufficient_data. The author is the configured user name (CW_USER overrides it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measure&apos;s code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan&apos;s code (default: the newest built-in plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area&apos;s GSS code (default %1, the Metropolitan Police force area)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status to record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to the computed status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the recorded entry as JSON to standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --status STATUS or --clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status &apos;%1&apos; is not a status (on_track, at_risk, off_track, no_target, insufficient_data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--note needs the reason for the override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--measure needs a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared the override of %1 in %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded %1 for %2 in %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Override status of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear override of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculated status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, by %2 on %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override in force:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the calculated status does not tell the story (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the override no longer applies (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear override</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverrideService</name>
    <message>
        <source>&apos;%1&apos; is not a status (expected on_track, at_risk, off_track, no_target or insufficient_data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note is required: say why the status is overridden or cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An area is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan %1 has no measure %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no area %1 in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The override could not be recorded; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The override history could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverrideStatusCommand</name>
    <message>
        <source>Clear the override of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override the status of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackCommand</name>
    <message>
        <source>Show a meeting&apos;s scrutiny pack: items, key facts, lines of enquiry, annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting (number or uid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack version (default: the latest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write JSON to standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--meeting needs a meeting number or uid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--version &apos;%1&apos; is not a version number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no meeting %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (meeting %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment %1 %2, %3%4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (resolved by %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply %1 %2, %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack version %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent for review by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no outstanding actions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest update %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments on data points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes in the numbers since approved version %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new measure item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measure item(s) removed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackEditor</name>
    <message>
        <source>← Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the meetings (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from last pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scrutiny pack yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a pack with the usual sections, or start from the last pack of the previous meeting of this kind: its sections, measures, narrative and lines of enquiry are copied as a new draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from the last pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start pack from the last pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackItemEditor</name>
    <message>
        <source>Publishable items appear in the public edition of the briefing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change visibility of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Visibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a section or an item of the pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit measure item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit narrative %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Actions carried forward&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The open challenge actions from earlier meetings will be listed here once the actions log is available in the Workbench. Nothing needs to be entered: the list will be filled from the log when the briefing is produced.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in this section. Select an item to edit it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Rename item %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackItemPreview</name>
    <message>
        <source>Choose a measure and at least one area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: control chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A control chart shows the whole series: its limits are computed over every phase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first area is drawn as a control chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The areas differ in size more than tenfold, so the smaller lines look flat: compare boroughs without the force area, or show a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The briefing draws this series as bars; the preview shows it as a line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackModel</name>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open comments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackService</name>
    <message>
        <source>The pack versions could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting has no pack yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting&apos;s pack has no version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack item could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack item no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack section could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack section no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An approved pack cannot be changed. Start a new version to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A measure item needs a measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no measure %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan %1 has no measure %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A measure item needs at least one area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no area %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month (use e.g. 2025-01).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period to show starts after it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every line of enquiry needs a question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack item could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key lines of enquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions carried forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meetings could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no earlier meeting of this kind with a pack to start from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new version can only be started from an approved pack; version %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first version of a pack is version 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting already has a pack; its next version is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting has one pack; start a new version of it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An approved pack cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the latest version of a pack can be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a draft pack can be sent for review; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack could not be sent for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a pack in review can go back to draft; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack could not be returned to draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pack must be in review to be approved; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data&apos;s vintage could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key facts of &quot;%1&quot; could not be computed, so the pack was not approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The actions carried forward could not be read, so the pack was not approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack could not be approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1, data as of batch %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no pack %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The actions carried forward could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A section needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The section could not be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The section could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The section could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The section could not be moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item could not be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item can only move within its own pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item could not be moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>London</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackWorkflow</name>
    <message>
        <source>Submit for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the pack to the Deputy Mayor&apos;s office for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the pack back to draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the pack: its numbers are frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new draft version from this approved pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes since approved…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed in the numbers since the previous approved version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft, version %1 — started by %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review, version %1 — submitted by %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no imported data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (imported %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by %1 on %2 — data as of %3. This version is frozen; start a new version to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve version %1 of this pack?

Approval records you as the approver and freezes the pack: its key facts keep the numbers of the data imported so far, and nothing in this version can be changed afterwards. A new version can be started from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start version %1 of the pack</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasAdapter</name>
    <message>
        <source>MOPAC Public Attitude Survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not start with the columns Date, Survey, Borough, Measure, Proportion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Date&quot; is not the last day of a quarter (expected d/M/yyyy, e.g. 31/12/2014): &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Borough&quot; names no borough the Workbench knows: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Measure&quot; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a proportion between 0 and 1: &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a duplicate of an earlier row for the same area, measure and date with a different value (%2 here, %3 before).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; differs from &quot;Proportion&quot; for the same area.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PerformanceCommand</name>
    <message>
        <source>Write the time the computation took to standard error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan&apos;s code (default: the newest built-in plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore data after this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area&apos;s GSS code (default %1, the Metropolitan Police force area)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write JSON to standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as-of &apos;%1&apos; is not a month (e.g. 2025-02)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--plan needs a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--area needs a GSS code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no plan %2 (plans: %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanBrowser</name>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a priority to the selected plan (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a measure to the selected priority (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected priority or measure (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy plan to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make an editable copy of the selected plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a built-in plan and cannot be edited. Copy it to make your own version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy plan to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the new priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the priority “%1” and its measure?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the priority “%1” and its %2 measures?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <source>Built-in plan (read-only): copy it to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan, priority or measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanService</name>
    <message>
        <source>The plans could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measure could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measure no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The priority could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The priority no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in plans cannot be edited. Copy the plan to make your own version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A measure needs a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A measure needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The baseline period &quot;%1&quot; is not a period (use e.g. 2024-01, 2024-Q1, 2024/25, 2024 or R12:2024-09).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target date &quot;%1&quot; is not a period (use a month such as 2029-03).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline, target and tolerance must be numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tolerance cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kind of target needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another measure in this plan already has the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in plans could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measure could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measure could not be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measure could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A priority needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The priority could not be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The priority could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan needs a code and a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan with the code %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measure could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sources of the measure could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanSummary</name>
    <message>
        <source>Nothing selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a plan, a priority or a measure in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a measure to see and edit its definition, baseline and target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in plan: read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aims:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlansCommand</name>
    <message>
        <source>List the plans with their priorities, measures and targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write JSON to standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built-in, read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aim: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no measures)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline: %1 (not published)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PoliceUkOutcomesAdapter</name>
    <message>
        <source>police.uk outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Month&quot; is not a month (expected YYYY-MM): &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Outcome type&quot; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Falls within&quot; names a force the Workbench does not know: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PoliceUkSearchAdapter</name>
    <message>
        <source>police.uk stop and search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time zone Europe/London is not available on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop-and-search files do not name their police force; it is taken from the file name as police.uk gives it (e.g. &quot;2023-01-metropolitan-stop-and-search.csv&quot;), but &quot;%1&quot; names no force the Workbench knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Date&quot; is not a date and time (expected e.g. 2023-01-01T00:12:00+00:00): &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PoliceUkStreetAdapter</name>
    <message>
        <source>police.uk street-level crime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Month&quot; is not a month (expected YYYY-MM): &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Crime type&quot; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Falls within&quot; names a force the Workbench does not know: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PopulationAdapter</name>
    <message>
        <source>London borough population (ONS mid-year estimates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column &quot;Code&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column &quot;Area name&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a year column (expected e.g. 2011_Population).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year %1 has two columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no year column (e.g. 2011_Population).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Code&quot; is not the GSS code of an area the Workbench knows: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Area name&quot; does not name the area %1 (%2): &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a population (a whole number above 0, no separators): &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appears twice with different populations for %2 (%3 here, %4 before).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check what will be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files are read and checked; nothing is written until you choose Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>being read…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>problem rows will be skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>will be rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files ready to import: %1. Files that will be rejected: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still being read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems not listed here: %1 (only the first %2 are kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems (none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not in a format the Workbench reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be imported, whatever you choose: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid rows: %1. This file will be rejected and nothing from it written, unless you go back and tick “Skip invalid rows”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid rows: %1. They will be left out and listed in the batch&apos;s report; the other %2 rows will be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found: this file is ready to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures (first %1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File contents (first %1 rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format: %1 (%2). Size: %3. Rows read: %4; invalid: %5; duplicates dropped: %6; unallocated: %7; for other areas (not imported): %11. Figures: %8 (indicators: %9, areas: %10).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action-log-%1.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the action log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action log could not be written to %1.

%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewMode</name>
    <message>
        <source>What was said at the meeting about this action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Alt+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference of the superseding action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document reference or a link (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Previous (PgUp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next (PgDown) ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record and next (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave review (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superseded &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No outstanding actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no outstanding actions to review for this meeting. Press Esc to go back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1 — %2&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Raised at: %1&lt;br&gt;Owner: %2 · MOPAC lead: %3&lt;br&gt;Due: %4 · Status: &lt;b&gt;%5&lt;/b&gt; · Priority: %6&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Latest update (%1, %2): %3&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;No updates yet.&lt;/i&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;✓ Updated in this review.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 action cannot become %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the update first (PgDown moves on without recording).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reference of the action that supersedes this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded the update for %1. That was the last action; press Esc to leave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded the update for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewSession</name>
    <message>
        <source>There is no action to record an update for.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read: %1; accepted: %2; skipped: %3. Figures written: %4; revised: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first problem, at line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each file is written in one step: a file cancelled or rejected part way writes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files: %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1 of the files you chose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling… the file being read is abandoned and nothing from it is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done. Imported: %1. Unchanged (imported before): %2. Rejected: %3. Cancelled: %4. Failed: %5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScorecardCommand</name>
    <message>
        <source>Show a plan&apos;s measures with their latest values, targets and status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly counts are shown as rolling 12 months; survey measures as published. The status compares the latest value with the trajectory from the baseline to the target: on track, at risk (worse, but within normal variation), off track, no target or insufficient data. The change flag tests the latest 12 months against the 12 before. With --as-of, data after that month is ignored, as if the scorecard were drawn up then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no measures)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* baseline computed from the data (the Plan published none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScorecardModel</name>
    <message>
        <source>Better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Plan published no baseline value: computed from the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline as published in the Plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the trajectory is for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Officer judgement: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trajectory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ✎ (officer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer judgement: %1 (calculated: %2)
By %3 on %4: %5
%6</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScorecardService</name>
    <message>
        <source>There is no plan %1 in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scorecard could not be computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan %1 has no measure %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measure could not be computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National comparators are published for police force areas, not for boroughs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScorecardTabs</name>
    <message>
        <source>Scorecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure explorer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScorecardView</name>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As &amp;of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baselines in italics are computed from the data: the Plan published none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Override status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record officer judgement on the selected measure&apos;s status, with a note (Ctrl+Shift+J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear override…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to the calculated status, with a note (Ctrl+Shift+K)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeriesCommand</name>
    <message>
        <source>Show an indicator&apos;s values for one area, now or as at an earlier batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator keys are those the importers write, e.g. &apos;policeuk.street:Burglary&apos;. Periods are keys such as 2024-01, 2024-Q1, 2024/25 or R12:2024-09. With --batch, each value is the one that was current when that batch was the newest, so that what an earlier meeting saw can be reproduced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The indicator key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area&apos;s GSS code (default %1, the Metropolitan Police force area)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first period to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last period to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the series as it stood when this batch was the newest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write JSON to standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--indicator needs a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not a period (e.g. 2024-01, 2024-Q1, 2024/25)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--batch &apos;%1&apos; is not a batch number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no batch %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cwb: no values for %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusDetails</name>
    <message>
        <source>%1 (concern)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (improvement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a measure to see every part of its status and the reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer judgement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (calculated: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trajectory there:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trajectory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statistic %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control chart of monthly values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assurance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TidyAdapter</name>
    <message>
        <source>Tidy CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; appears more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;indicator&quot; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;indicator&quot; has spaces at the start or end: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;indicator&quot; must be written source:category (e.g. ons.pfa:Burglary): &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;area&quot; is neither a GSS code nor the name of an area the Workbench knows: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;period&quot; is not a period (expected e.g. 2024-01, 2024-Q1, 2024/25, 2024 or R12:2024-09): &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;unit&quot; is not one of %1: &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;unit&quot; is %1, but an earlier row gave %2 for the indicator &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;value&quot; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;value&quot; is not a number (digits with an optional &apos;.&apos;): &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;value&quot; is a count and cannot be negative: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;value&quot; is a percentage, written as a proportion between 0 and 1 (0.56 for 56%): &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;denominator&quot; is not a number of 0 or more: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;sample_size&quot; is not a whole number of 0 or more: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row is a duplicate of an earlier row for the same indicator, area and period with a different value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionDiffDialog</name>
    <message>
        <source>Changes since the previous approved version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 has no earlier approved version to compare with: every measure item is new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Version %1 against approved version %2: %n key number(s) changed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>%1 could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name, or open the existing workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace summary could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceFile</name>
    <message>
        <source>The workspace %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Challenge Workbench workspace (it is not an SQLite database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: it fails the database integrity check. It has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Challenge Workbench workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened as a workspace: it is damaged or not a workspace. It has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Challenge Workbench (workspace format %2; this version reads up to %3). Update the Workbench to open it; the file has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a complete Challenge Workbench workspace.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxWorkbook</name>
    <message>
        <source>the file cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not a readable XLSX workbook (its zip archive is truncated or damaged: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive has %1 members, more than the Workbench reads (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive would expand to more than %1 bytes (the member %2 alone to %3): a damaged or malicious file; nothing was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook has no sheet &quot;%1&quot; (it has: %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw</name>
    <message>
        <source>two-proportion z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No significance test applies to this kind of measure; see the control chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value a year earlier to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparator figures (England and Wales, most similar forces) are not in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MOPAC Challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>London Policing Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oversight Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key lines of enquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions carried forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bar chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling 12 months against the previous 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest quarter against the same quarter a year earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial year against the previous financial year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no format called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is a spreadsheet workbook (.xlsx), but the format &quot;%1&quot; reads CSV files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook&apos;s format was not recognised (sheets: %1). The Workbench reads these workbooks: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook has no part %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part %1 would expand to %2 bytes, more than the Workbench reads (a damaged or malicious file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part %1 expands beyond what the Workbench reads (more than %2 bytes; a damaged or malicious file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part %1 is not well-formed XML (line %2, column %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package names no workbook part (_rels/.rels has no officeDocument).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sheet &quot;%1&quot; has no part (relationship &quot;%2&quot; is missing from %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet &quot;%1&quot;, cell %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet &quot;%1&quot;: the row number &quot;%2&quot; is not valid (line %3 of %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cell reference is not valid in row %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cell comes after a cell to its right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shared string &quot;%1&quot; does not exist (the workbook has %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a boolean (0 or 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cell type &quot;%1&quot; is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet &quot;%1&quot;: the part %2 is not well-formed XML (line %3, column %4): %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet &quot;%1&quot;, cell %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cell is empty (the table writes &quot;..&quot; for figures that are not available).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a whole number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no figure for the matched period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no figure for the same period a year earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A count is negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A count of zero (%1: %2 and %3; %4: %5 and %6) leaves the ratio of the changes undefined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measure has no direction, so a difference is neither better nor worse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not significantly different (z = %1, |z| ≤ %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within %1 percentage points (%2 points apart).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Significantly different (z = %1, |z| &gt; %2) by %3 percentage points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A seasonal forecast is made for monthly counts only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No monthly data to forecast from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rise is statistically significant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fall is statistically significant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rise is not statistically significant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fall is not statistically significant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are too few data to test the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1</source>
        <extracomment>%1 is e.g. &quot;12 months to January 2025&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the previous 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <extracomment>%1 is a measure&apos;s title, %2 an area&apos;s name, e.g. &quot;Robbery in Camden&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no data for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was %2 in %3; there is no earlier period to compare it with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was unchanged at %2 in %3 compared with %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3 points to %4 in %5 compared with %6 (%7)</source>
        <extracomment>e.g. &quot;Trust in the MPS rose 2.1 points to 67.0% in the 12 months to … compared with … (64.9%)&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3% in %4 compared with %5 (%6 against %7)</source>
        <extracomment>e.g. &quot;Robbery fell 8% in the 12 months to January 2025 compared with the previous 12 months (24,310 against 26,424)&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 by %3 in %4 compared with %5 (%6 against %7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 from %3 to %4 in %5 compared with %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; no significance test applies to this kind of measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MPS owner organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MPS owner role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MOPAC lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superseded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest update date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ActionLog</name>
    <message>
        <source>The action log could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::AddAnnotationCommand</name>
    <message>
        <source>Reply to annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add annotation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::AnnotationModel</name>
    <message>
        <source>Pack item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::Briefing</name>
    <message>
        <source>Status summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key lines of enquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources and definitions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::BriefingPrinting</name>
    <message>
        <source>Public edition (OFFICIAL) — publishable material only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal edition (OFFICIAL-SENSITIVE) — everything in the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which edition of the briefing?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ChangeFlag</name>
    <message>
        <source>Significant improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Significant deterioration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Significant change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No significant change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insufficient data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::CliApp</name>
    <message>
        <source>Show this help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ControlChart</name>
    <message>
        <source>Insufficient points for control limits (%1 of %2); direction of travel shown instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point beyond a control limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run of points on one side of the centre line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run of points rising or falling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two of three points beyond the near limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will consistently pass the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will consistently fail the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hit or miss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::CopyPlanCommand</name>
    <message>
        <source>Copy plan as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::CountChange</name>
    <message>
        <source>%1 against %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (no events in either period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poisson z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact binomial</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::CreatePackCommand</name>
    <message>
        <source>Create pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start pack from the last pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new pack version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::EditActionCommand</name>
    <message>
        <source>Edit action %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::EditAnnotationCommand</name>
    <message>
        <source>Edit annotation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::EditMeasureCommand</name>
    <message>
        <source>Edit measure %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::EditMeetingCommand</name>
    <message>
        <source>Edit meeting %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::EditPackItemCommand</name>
    <message>
        <source>Edit item %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::EditSectionCommand</name>
    <message>
        <source>Rename section %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::Edition</name>
    <message>
        <source>Public edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal edition</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::Enums</name>
    <message>
        <source>Lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No polarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per cent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentage points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money (£)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate per 1,000 residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absolute value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% change from baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In line with comparators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitor only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::Forecast</name>
    <message>
        <source>Forecasts need monthly periods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target date is not after the forecast origin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too few months before the origin for a seasonal forecast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some month of the year has no data before the origin.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::InsertActionCommand</name>
    <message>
        <source>Add action %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::InsertMeasureCommand</name>
    <message>
        <source>Add measure %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::InsertMeetingCommand</name>
    <message>
        <source>Add meeting %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::InsertPackItemCommand</name>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::InsertPriorityCommand</name>
    <message>
        <source>Add priority %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::InsertSectionCommand</name>
    <message>
        <source>Add section %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::MeasureCharts</name>
    <message>
        <source>Rolling 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trajectory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improvement signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast interval (95%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the forecast</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::MeasureFormat</name>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>£%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p &lt; 0.001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::Migrator</name>
    <message>
        <source>Migration %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::MovePackItemCommand</name>
    <message>
        <source>Move item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::MoveSectionCommand</name>
    <message>
        <source>Move section</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ObservationRepository</name>
    <message>
        <source>Unknown area code %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::PackCommand</name>
    <message>
        <source>current data (the pack is not frozen until approved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data (the workspace held none at approval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data as of %1 (batch %2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::Period</name>
    <message>
        <source>%1 %2</source>
        <extracomment>A month period, e.g. &quot;January 2024&quot;. %1 is the month name, %2 the year.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <extracomment>A calendar quarter, e.g. &quot;Q1 2024&quot;. %1 is the quarter number, %2 the year.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 months to %1 %2</source>
        <extracomment>A rolling year, e.g. &quot;12 months to September 2024&quot;. %1 is the month name, %2 the year.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::Proportion</name>
    <message>
        <source>The periods overlap and share interviews, so they are not tested against each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A base is below %1, so the change is not tested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A base is below %1, so the gap is not tested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the gaps could not be estimated, so its change is not tested.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::RemoveMeasureCommand</name>
    <message>
        <source>Remove measure %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::RemoveMeetingCommand</name>
    <message>
        <source>Remove meeting %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::RemovePackItemCommand</name>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::RemovePriorityCommand</name>
    <message>
        <source>Remove priority %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::RemoveSectionCommand</name>
    <message>
        <source>Remove section %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::ResolveAnnotationCommand</name>
    <message>
        <source>Resolve annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen annotation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::TerminalProgress</name>
    <message>
        <source>Reading %1: %2%</source>
        <extracomment>Progress on a terminal while a file is read; %1 is the file, %2 the percentage done</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::Trajectory</name>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitor only: no target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judged against comparators: no trajectory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No baseline value yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No target date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target date is not after the baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No target value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value for the latest period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest period is before the baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measure has no polarity, so better and worse are undefined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>better than trajectory (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the trajectory (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; a concern signal is present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worse than trajectory by %1 (%2); no measure of normal variation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worse than trajectory by %1 (%2), within normal variation but with a concern signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worse than trajectory by %1, but within normal variation (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worse than trajectory by %1, outside normal variation (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insufficient data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::VersionDiffDialog</name>
    <message>
        <source>Latest value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Significance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key fact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cw::Visibility</name>
    <message>
        <source>Publishable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the screenshot to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenge Workbench: the Police and Crime Plan, the evidence and the challenge to the Metropolitan Police Service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace file (.cwb) to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the main window to &lt;file&gt; once it is shown, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No measure with code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the measure with code &lt;code&gt; in the plan browser (with --page scorecard: open it in the measure explorer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --select-measure: look in the plan with code &lt;code&gt; only. With --page scorecard: show that plan&apos;s scorecard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the import wizard on &lt;file&gt; at its preview page (with --screenshot: the picture is of the wizard once the file has been read).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no page called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan with code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No measure with code %1 on the scorecard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no meeting to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace has no meetings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No measure with code %1 in the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the page &lt;name&gt;: plans, scorecard, boroughs, meetings, actions, imports, pack (the next meeting&apos;s scrutiny pack), review (the Actions page in meeting review mode), briefing-export (the export dialog of the next meeting&apos;s briefing, internal edition) or print-preview (its public edition in print preview).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next meeting has no pack.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
