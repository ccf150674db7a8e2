// The redaction rule on a hand-made briefing, independent of any workspace or renderer: every
// piece of internal content carries the word "SECRET" in its text, every publishable piece the
// word "PUBLIC"; the public edition must hold no "SECRET" anywhere and every "PUBLIC" piece that
// is not inside something internal.
#include "report/redaction.h"

#include <QTest>

using namespace cw;

class TestRedaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editionNamesAndMarkings();
    void internalEditionKeepsEverything();
    void publicEditionHoldsNoInternalText();
    void publicEditionRemovesInternalItems();
    void enquiriesAreNumberedAgain();
    void threadsWithAnInternalRootGoWhole();
    void actionLogFollowsItsItem_data();
    void actionLogFollowsItsItem();
    void appendixKeepsOnlyMeasuresShown();
    void partsInOrder();
};

namespace {

constexpr auto Pub = Visibility::Publishable;
constexpr auto Int = Visibility::Internal;

BriefingComment note(const QString &uid, const QString &text, Visibility v)
{
    return {uid, text, QStringLiteral("Priya Shah"), QDateTime(QDate(2025, 9, 1), QTime(10, 0), Qt::UTC), v};
}

BriefingEnquiry enquiry(const QString &uid, int number, const QString &question, const QString &measure,
                        Visibility v)
{
    return {uid, number, question, measure, v};
}

BriefingMeasure page(const QString &uid, const QString &code, const QString &title, Visibility v)
{
    BriefingMeasure m;
    m.itemUid = uid;
    m.visibility = v;
    m.title = title;
    m.measureCode = code;
    m.measureTitle = title;
    KeyFact fact;
    fact.areaCode = QStringLiteral("E23000001");
    fact.text = title + QStringLiteral(" key fact");
    fact.latestValue = 100;
    m.keyFacts = {fact};
    return m;
}

StatusSummaryRow row(const QString &uid, const QString &code, const QString &title, Visibility v)
{
    StatusSummaryRow r;
    r.itemUid = uid;
    r.visibility = v;
    r.title = title;
    r.measureCode = code;
    r.latestValue = 1;
    return r;
}

// Enquiries: 1 PUBLIC (ROBBERY), 2 SECRET, 3 PUBLIC (KNIFE), 4 SECRET (ROBBERY).
// Pages: ROBBERY (public), HOMICIDE (SECRET), KNIFE (public) and a second, SECRET page of KNIFE.
Briefing sample()
{
    Briefing b;
    b.cover.title = QStringLiteral("Briefing: London Policing Board");
    b.cover.meetingTitle = QStringLiteral("PUBLIC meeting");
    b.enquiries = {enquiry(QStringLiteral("q1"), 1, QStringLiteral("PUBLIC question one"),
                           QStringLiteral("ROBBERY"), Pub),
                   enquiry(QStringLiteral("q2"), 2, QStringLiteral("SECRET question two"), {}, Int),
                   enquiry(QStringLiteral("q3"), 3, QStringLiteral("PUBLIC question three"),
                           QStringLiteral("KNIFE"), Pub),
                   enquiry(QStringLiteral("q4"), 4, QStringLiteral("SECRET question four"),
                           QStringLiteral("ROBBERY"), Int)};

    BriefingMeasure robbery =
        page(QStringLiteral("i1"), QStringLiteral("ROBBERY"), QStringLiteral("PUBLIC robbery"), Pub);
    robbery.linkedEnquiries = {b.enquiries.at(0), b.enquiries.at(3)};
    // A publishable thread with one internal and one publishable reply, and an internal thread
    // whose reply says it is publishable (it is not: its root is internal).
    BriefingThread open;
    open.about = QStringLiteral("PUBLIC robbery");
    open.root = note(QStringLiteral("a1"), QStringLiteral("PUBLIC comment"), Pub);
    open.replies = {note(QStringLiteral("a2"), QStringLiteral("SECRET reply"), Int),
                    note(QStringLiteral("a3"), QStringLiteral("PUBLIC reply"), Pub)};
    BriefingThread closed;
    closed.about = QStringLiteral("SECRET about");
    closed.root = note(QStringLiteral("a4"), QStringLiteral("SECRET root"), Int);
    // As the builder gives it: effectiveVisibility makes a reply in an internal thread internal,
    // but redaction must not rely on that — the whole thread goes with its root.
    closed.replies = {note(QStringLiteral("a5"), QStringLiteral("SECRET reply in a closed thread"), Pub)};
    robbery.commentary = {open, closed};

    BriefingMeasure homicide =
        page(QStringLiteral("i2"), QStringLiteral("HOMICIDE"), QStringLiteral("SECRET homicide"), Int);
    homicide.commentary = {open};
    homicide.commentary.first().root.text = QStringLiteral("SECRET comment on a SECRET item");
    homicide.commentary.first().replies.clear();
    BriefingMeasure knife =
        page(QStringLiteral("i3"), QStringLiteral("KNIFE"), QStringLiteral("PUBLIC knife"), Pub);
    knife.linkedEnquiries = {b.enquiries.at(2)};
    BriefingMeasure knifeAgain =
        page(QStringLiteral("i4"), QStringLiteral("KNIFE"), QStringLiteral("SECRET knife by borough"), Int);
    b.measures = {robbery, homicide, knife, knifeAgain};
    b.summary = {
        row(QStringLiteral("i1"), QStringLiteral("ROBBERY"), QStringLiteral("PUBLIC robbery"), Pub),
        row(QStringLiteral("i2"), QStringLiteral("HOMICIDE"), QStringLiteral("SECRET homicide"), Int),
        row(QStringLiteral("i3"), QStringLiteral("KNIFE"), QStringLiteral("PUBLIC knife"), Pub),
        row(QStringLiteral("i4"), QStringLiteral("KNIFE"), QStringLiteral("SECRET knife by borough"), Int)};
    b.narratives = {{QStringLiteral("n1"), Pub, QStringLiteral("Narrative"), QStringLiteral("PUBLIC summary"),
                     QStringLiteral("<p>PUBLIC text</p>")},
                    {QStringLiteral("n2"), Int, QStringLiteral("Narrative"), QStringLiteral("SECRET note"),
                     QStringLiteral("<p>SECRET text</p>")}};
    CarriedForwardAction action;
    action.reference = QStringLiteral("LPB-2025-001");
    action.title = QStringLiteral("PUBLIC action");
    b.actionLog = {true, Pub, {action}};
    BriefingThread onNarrative;
    onNarrative.about = QStringLiteral("SECRET narrative thread");
    onNarrative.root =
        note(QStringLiteral("a6"), QStringLiteral("SECRET annotation, even though publishable"), Pub);
    b.annotations = {onNarrative};
    b.appendix = {
        {QStringLiteral("ROBBERY"), QStringLiteral("PUBLIC robbery definition"), {}, {}, {}, {}, {}},
        {QStringLiteral("HOMICIDE"), QStringLiteral("SECRET homicide definition"), {}, {}, {}, {}, {}},
        {QStringLiteral("KNIFE"), QStringLiteral("PUBLIC knife definition"), {}, {}, {}, {}, {}}};
    return b;
}

void collect(QStringList &out, const BriefingThread &t)
{
    out << t.about << t.root.text;
    for (const BriefingComment &c : t.replies)
        out << c.text;
}

// Every string of a briefing a renderer could print.
QStringList allText(const Briefing &b)
{
    QStringList out{b.cover.title, b.cover.meetingTitle, b.cover.dataAsOf};
    for (const StatusSummaryRow &r : b.summary)
        out << r.title << r.measureCode;
    for (const BriefingMeasure &m : b.measures) {
        out << m.title << m.measureTitle << m.sectionTitle;
        for (const KeyFact &f : m.keyFacts)
            out << f.text;
        for (const BriefingEnquiry &e : m.linkedEnquiries)
            out << e.question;
        for (const BriefingThread &t : m.commentary)
            collect(out, t);
    }
    for (const BriefingNarrative &n : b.narratives)
        out << n.title << n.html;
    for (const BriefingEnquiry &e : b.enquiries)
        out << e.question;
    for (const CarriedForwardAction &a : b.actionLog.actions)
        out << a.title;
    for (const BriefingThread &t : b.annotations)
        collect(out, t);
    for (const BriefingDefinition &d : b.appendix)
        out << d.title << d.definition;
    return out;
}

} // namespace

void TestRedaction::editionNamesAndMarkings()
{
    QCOMPARE(toName(Edition::Public), QStringLiteral("public"));
    QCOMPARE(toName(Edition::Internal), QStringLiteral("internal"));
    QCOMPARE(editionFromName(QStringLiteral("public")), Edition::Public);
    QCOMPARE(editionFromName(QStringLiteral("internal")), Edition::Internal);
    QVERIFY(!editionFromName(QStringLiteral("Public")).has_value());
    QCOMPARE(protectiveMarking(Edition::Public), QStringLiteral("OFFICIAL"));
    QCOMPARE(protectiveMarking(Edition::Internal), QStringLiteral("OFFICIAL-SENSITIVE"));
    QCOMPARE(redact(sample(), Edition::Public).marking(), QStringLiteral("OFFICIAL"));
    QCOMPARE(redact(sample(), Edition::Internal).marking(), QStringLiteral("OFFICIAL-SENSITIVE"));
}

void TestRedaction::internalEditionKeepsEverything()
{
    const Briefing full = sample();
    const Briefing internal = redact(full, Edition::Internal);
    Briefing expected = full;
    expected.edition = Edition::Internal;
    QCOMPARE(internal, expected);
    QVERIFY(allText(internal).join(u'\n').contains(QStringLiteral("SECRET")));
}

void TestRedaction::publicEditionHoldsNoInternalText()
{
    const Briefing full = sample();
    const QStringList text = allText(redact(full, Edition::Public));
    for (const QString &s : text)
        QVERIFY2(!s.contains(QStringLiteral("SECRET")), qPrintable(s));
    // Everything publishable outside internal containers survives. PUBLIC strings: cover 1;
    // summary 2; robbery page 7 (title, measure title, key fact, linked question, thread
    // about, root, reply); knife page 4 (title, measure title, key fact, linked question);
    // narrative 2 (title, text); questions 2; action 1; appendix 2
    // = 1 + 2 + 7 + 4 + 2 + 2 + 1 + 2 = 21.
    qsizetype publicCount = 0;
    for (const QString &s : text)
        publicCount += s.contains(QStringLiteral("PUBLIC")) ? 1 : 0;
    QCOMPARE(publicCount, 21);
}

void TestRedaction::publicEditionRemovesInternalItems()
{
    const Briefing pub = redact(sample(), Edition::Public);
    QCOMPARE(pub.edition, Edition::Public);
    QCOMPARE(pub.summary.size(), 2);
    QCOMPARE(pub.summary.at(0).itemUid, QStringLiteral("i1"));
    QCOMPARE(pub.summary.at(1).itemUid, QStringLiteral("i3"));
    QCOMPARE(pub.measures.size(), 2);
    QCOMPARE(pub.measures.at(0).itemUid, QStringLiteral("i1"));
    QCOMPARE(pub.measures.at(1).itemUid, QStringLiteral("i3"));
    QCOMPARE(pub.narratives.size(), 1);
    QCOMPARE(pub.narratives.at(0).itemUid, QStringLiteral("n1"));
    QVERIFY(pub.annotations.isEmpty());
}

void TestRedaction::enquiriesAreNumberedAgain()
{
    const Briefing pub = redact(sample(), Edition::Public);
    // 1 (public), 2 (internal), 3 (public), 4 (internal) → 1, 2: no gap shows a removal.
    QCOMPARE(pub.enquiries.size(), 2);
    QCOMPARE(pub.enquiries.at(0).uid, QStringLiteral("q1"));
    QCOMPARE(pub.enquiries.at(0).number, 1);
    QCOMPARE(pub.enquiries.at(1).uid, QStringLiteral("q3"));
    QCOMPARE(pub.enquiries.at(1).number, 2);
    // Measure pages link the same lines with the same new numbers; the internal one is gone.
    QCOMPARE(pub.measures.at(0).linkedEnquiries.size(), 1);
    QCOMPARE(pub.measures.at(0).linkedEnquiries.at(0).uid, QStringLiteral("q1"));
    QCOMPARE(pub.measures.at(0).linkedEnquiries.at(0).number, 1);
    QCOMPARE(pub.measures.at(1).linkedEnquiries.at(0).uid, QStringLiteral("q3"));
    QCOMPARE(pub.measures.at(1).linkedEnquiries.at(0).number, 2);
    // The internal edition keeps the pack's numbers.
    const Briefing internal = redact(sample(), Edition::Internal);
    QCOMPARE(internal.enquiries.at(2).number, 3);
    QCOMPARE(internal.measures.at(0).linkedEnquiries.size(), 2);
}

void TestRedaction::threadsWithAnInternalRootGoWhole()
{
    const Briefing pub = redact(sample(), Edition::Public);
    const QList<BriefingThread> &threads = pub.measures.at(0).commentary;
    QCOMPARE(threads.size(), 1);
    QCOMPARE(threads.at(0).root.uid, QStringLiteral("a1"));
    QCOMPARE(threads.at(0).replies.size(), 1);
    QCOMPARE(threads.at(0).replies.at(0).uid, QStringLiteral("a3"));
}

void TestRedaction::actionLogFollowsItsItem_data()
{
    QTest::addColumn<int>("visibility");
    QTest::addColumn<bool>("present");
    QTest::newRow("publishable item") << int(Visibility::Publishable) << true;
    QTest::newRow("internal item") << int(Visibility::Internal) << false;
}

void TestRedaction::actionLogFollowsItsItem()
{
    QFETCH(int, visibility);
    QFETCH(bool, present);
    Briefing b = sample();
    b.actionLog.visibility = Visibility(visibility);
    const Briefing pub = redact(b, Edition::Public);
    QCOMPARE(pub.actionLog.present, present);
    QCOMPARE(pub.actionLog.actions.size(), present ? 1 : 0);
    QCOMPARE(briefingParts(pub).contains(BriefingPart::ActionLog), present);
    QVERIFY(redact(b, Edition::Internal).actionLog.present);
}

void TestRedaction::appendixKeepsOnlyMeasuresShown()
{
    const Briefing pub = redact(sample(), Edition::Public);
    // HOMICIDE only had an internal page; KNIFE had a public and an internal one.
    QCOMPARE(pub.appendix.size(), 2);
    QCOMPARE(pub.appendix.at(0).measureCode, QStringLiteral("ROBBERY"));
    QCOMPARE(pub.appendix.at(1).measureCode, QStringLiteral("KNIFE"));
}

void TestRedaction::partsInOrder()
{
    const QList<BriefingPart> all{BriefingPart::StatusSummary, BriefingPart::Measures,
                                  BriefingPart::Narrative,     BriefingPart::LinesOfEnquiry,
                                  BriefingPart::ActionLog,     BriefingPart::Annotations,
                                  BriefingPart::Appendix};
    QCOMPARE(briefingParts(redact(sample(), Edition::Internal)), all);
    QList<BriefingPart> withoutAnnotations = all;
    withoutAnnotations.removeAll(BriefingPart::Annotations);
    QCOMPARE(briefingParts(redact(sample(), Edition::Public)), withoutAnnotations);
    // Annotations are an internal part even when a public briefing were given some.
    Briefing pub = redact(sample(), Edition::Public);
    pub.annotations = sample().annotations;
    QVERIFY(!briefingParts(pub).contains(BriefingPart::Annotations));
    // Empty parts are left out.
    Briefing empty;
    QVERIFY(briefingParts(empty).isEmpty());
    QCOMPARE(displayName(BriefingPart::Appendix), QStringLiteral("Sources and definitions"));
}

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
