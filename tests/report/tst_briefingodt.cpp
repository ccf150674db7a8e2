// The ODT export of the demo's approved briefing, read back from its content.xml: the marking,
// the parts in order, the key facts — and, in the public edition, none of the internal text.
#include "report/briefingbuilder.h"
#include "report/briefingodt.h"
#include "report/redaction.h"

#include "domain/meeting.h"
#include "services/meetingservice.h"
#include "services/packservice.h"
#include "workspace/workspace.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cw;

class TestBriefingOdt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void internalEditionHasEverything();
    void publicEditionHoldsNoInternalText();

private:
    // The text of the document's content.xml, tags removed and entities decoded.
    QString text(Edition edition);

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    Briefing m_briefing;
};

void TestBriefingOdt::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty())
        QSKIP("unzip is not installed");
    QVERIFY(m_dir.isValid());
    CreateOptions options;
    options.demo = true;
    auto ws = Workspace::create(m_dir.filePath(QStringLiteral("demo.cwb")), options);
    QVERIFY(ws.ok());
    m_ws = std::move(ws).value();
    const auto meetings = m_ws->meetings().meetings();
    QVERIFY(meetings.ok());
    qint64 approved = 0;
    for (const Meeting &m : *meetings) {
        const auto pack = m_ws->packs().latestPack(m.id);
        if (pack && pack->status == PackStatus::Approved)
            approved = m.id;
    }
    auto briefing = BriefingBuilder(*m_ws).build(approved);
    QVERIFY(briefing.ok());
    m_briefing = *briefing;
}

QString TestBriefingOdt::text(Edition edition)
{
    const QString path = m_dir.filePath(toName(edition) + QStringLiteral(".odt"));
    if (!writeBriefingOdt(redact(m_briefing, edition), path).ok())
        return {};
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("content.xml")});
    if (!unzip.waitForFinished(60000) || unzip.exitCode() != 0)
        return {};
    QString xml = QString::fromUtf8(unzip.readAllStandardOutput());
    xml.replace(QRegularExpression(QStringLiteral("<text:(p|h)[ >]")), QStringLiteral("\n<x "));
    xml.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    xml.replace(QStringLiteral("&quot;"), QStringLiteral("\""))
        .replace(QStringLiteral("&apos;"), QStringLiteral("'"))
        .replace(QStringLiteral("&lt;"), QStringLiteral("<"))
        .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
        .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return xml;
}

void TestBriefingOdt::internalEditionHasEverything()
{
    const QString t = text(Edition::Internal);
    QVERIFY(!t.isEmpty());
    QVERIFY(t.trimmed().startsWith(QStringLiteral("OFFICIAL-SENSITIVE")));
    QVERIFY(t.trimmed().endsWith(QStringLiteral("OFFICIAL-SENSITIVE")));
    // Parts in order (after the contents list, which names them too).
    qsizetype from = t.indexOf(QStringLiteral("Contents"));
    from = t.indexOf(displayName(BriefingPart::Appendix), from) + 1;
    for (BriefingPart part : briefingParts(m_briefing)) {
        const qsizetype at = t.indexOf(QLatin1Char('\n') + displayName(part), from);
        QVERIFY2(at > 0, qPrintable(displayName(part)));
        from = at + 1;
    }
    for (const BriefingMeasure &m : m_briefing.measures) {
        for (const KeyFact &f : m.keyFacts)
            QVERIFY2(t.contains(f.text), qPrintable(f.text));
    }
    QVERIFY(t.contains(QStringLiteral("Is the Commissioner confident in the timetable")));
}

void TestBriefingOdt::publicEditionHoldsNoInternalText()
{
    const QString t = text(Edition::Public);
    QVERIFY(!t.isEmpty());
    QVERIFY(t.trimmed().startsWith(QStringLiteral("OFFICIAL")));
    for (const QString &secret :
         {QStringLiteral("Homicide"), QStringLiteral("Not for publication"),
          QStringLiteral("Commissioner confident"), QStringLiteral("Westminster drives most"),
          QStringLiteral("Added Westminster and Southwark"), QStringLiteral("press office"),
          QStringLiteral("OFFICIAL-SENSITIVE")})
        QVERIFY2(!t.contains(secret), qPrintable(secret));
    QVERIFY(t.contains(QStringLiteral("August spike in Westminster")));
}

QTEST_MAIN(TestBriefingOdt)
#include "tst_briefingodt.moc"
