// OverrideService: officer judgement on a status — validation (status, note, measure in the
// plan, area), the append-only history with author and time, the newest entry winning, a clear
// returning to the computed status, persistence across reopening, and what the scorecard shows
// (effective status, computed status and reason kept, as-of views ignoring later overrides).
#include "analysis/trajectory.h"
#include "services/overrideservice.h"
#include "services/scorecardservice.h"
#include "storage/database.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cw;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

const ScorecardRow *rowFor(const QList<ScorecardRow> &rows, const QString &code)
{
    for (const ScorecardRow &row : rows) {
        if (row.measure.code == code)
            return &row;
    }
    return nullptr;
}

} // namespace

class TestOverrideService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void refusesInvalid_data();
    void refusesInvalid();
    void historyLatestWinsAndClear();
    void persistsAcrossReopen();
    void scorecardShowsOverride();
    void asOfIgnoresLaterOverrides();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Workspace> m_ws;
    int m_counter = 0;
};

void TestOverrideService::initTestCase()
{
    qputenv("CW_USER", "a.officer");
    // One demo workspace, copied for each test (each test gets a fresh one).
    CreateOptions options;
    options.demo = true;
    QVERIFY(Workspace::create(m_dir.filePath(s("template.cwb")), options).ok());
}

void TestOverrideService::init()
{
    m_path = m_dir.filePath(s("o%1.cwb").arg(++m_counter));
    QVERIFY(QFile::copy(m_dir.filePath(s("template.cwb")), m_path));
    auto ws = Workspace::open(m_path);
    QVERIFY(ws.ok());
    m_ws = std::move(ws).value();
}

void TestOverrideService::cleanup()
{
    m_ws.reset();
}

void TestOverrideService::refusesInvalid_data()
{
    QTest::addColumn<QString>("plan");
    QTest::addColumn<QString>("measure");
    QTest::addColumn<QString>("area");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("note");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown status") << s("") << s("ROBBERY") << s("E23000001") << s("green") << s("why")
                                    << s("is not a status");
    QTest::newRow("cleared is not a status to set")
        << s("") << s("ROBBERY") << s("E23000001") << s("cleared") << s("why") << s("is not a status");
    QTest::newRow("empty note") << s("") << s("ROBBERY") << s("E23000001") << s("on_track") << s("")
                                << s("note is required");
    QTest::newRow("blank note") << s("") << s("ROBBERY") << s("E23000001") << s("on_track") << s("  \n ")
                                << s("note is required");
    QTest::newRow("measure not in plan") << s("PCP-2013-16") << s("ROBBERY") << s("E23000001")
                                         << s("on_track") << s("why") << s("has no measure ROBBERY");
    QTest::newRow("unknown plan") << s("NOPE") << s("ROBBERY") << s("E23000001") << s("on_track") << s("why")
                                  << s("has no measure");
    QTest::newRow("unknown area") << s("") << s("ROBBERY") << s("E99999999") << s("on_track") << s("why")
                                  << s("no area E99999999");
}

void TestOverrideService::refusesInvalid()
{
    QFETCH(QString, plan);
    QFETCH(QString, measure);
    QFETCH(QString, area);
    QFETCH(QString, status);
    QFETCH(QString, note);
    QFETCH(QString, message);
    const auto result = m_ws->overrides().setStatus(plan, measure, area, status, note);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(message), qPrintable(result.error().message));
    // Nothing written.
    QCOMPARE(m_ws->database().scalar(s("SELECT COUNT(*) FROM status_override")).toInt(), 0);
}

void TestOverrideService::historyLatestWinsAndClear()
{
    OverrideService &service = m_ws->overrides();
    const QString plan = s("PCP-2025-29");
    const QString force = s("E23000001");
    const auto first = service.setStatus(s(""), s("ROBBERY"), force, s("at_risk"), s("  Seasonal spike  "));
    QVERIFY(first.ok());
    QCOMPARE(first->planCode, plan); // the first plan, as the scorecard chooses it
    QCOMPARE(first->note, s("Seasonal spike"));
    QCOMPARE(first->author, s("a.officer"));
    QVERIFY(qAbs(first->at.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QVERIFY(service.setStatus(plan, s("ROBBERY"), force, s("off_track"), s("Second look")).ok());
    auto current = service.current(plan, s("ROBBERY"), force);
    QVERIFY(current.ok() && current->has_value());
    QCOMPARE(current.value()->status, s("off_track")); // the newest wins
    QCOMPARE(current.value()->note, s("Second look"));

    QVERIFY(service.clear(plan, s("ROBBERY"), force, s("Back to the data")).ok());
    current = service.current(plan, s("ROBBERY"), force);
    QVERIFY(current.ok() && !current->has_value());
    QVERIFY(!service.clear(plan, s("ROBBERY"), force, s("")).ok()); // a clear needs a note too

    const auto history = service.history(plan, s("ROBBERY"), force);
    QVERIFY(history.ok());
    QCOMPARE(history->size(), 3);
    QCOMPARE(history->at(0).status, s("at_risk"));
    QCOMPARE(history->at(1).status, s("off_track"));
    QVERIFY(history->at(2).cleared());
    // Another area is untouched.
    QCOMPARE(service.history(plan, s("ROBBERY"), s("E09000007"))->size(), 0);
}

void TestOverrideService::persistsAcrossReopen()
{
    QVERIFY(
        m_ws->overrides().setStatus(s(""), s("HOMICIDE"), s("E09000007"), s("off_track"), s("Cluster")).ok());
    const auto before = m_ws->overrides().history(s("PCP-2025-29"), s("HOMICIDE"), s("E09000007"));
    m_ws.reset();
    auto reopened = Workspace::open(m_path);
    QVERIFY(reopened.ok());
    m_ws = std::move(reopened).value();
    const auto after = m_ws->overrides().history(s("PCP-2025-29"), s("HOMICIDE"), s("E09000007"));
    QVERIFY(after.ok());
    QCOMPARE(after->size(), 1);
    QCOMPARE(after->at(0).status, s("off_track"));
    QCOMPARE(after->at(0).note, s("Cluster"));
    QCOMPARE(after->at(0).author, s("a.officer"));
    QCOMPARE(after->at(0).at, before->at(0).at);
}

void TestOverrideService::scorecardShowsOverride()
{
    ScorecardOptions options;
    const auto computed = m_ws->scorecards().scorecard(options);
    QVERIFY(computed.ok());
    const ScorecardRow *robbery = rowFor(computed.value(), s("ROBBERY"));
    QVERIFY(robbery);
    QVERIFY(!robbery->statusOverride);
    // Override to something other than what the data gives.
    const QString other =
        robbery->status.status == TrajectoryStatus::OffTrack ? s("on_track") : s("off_track");
    QVERIFY(m_ws->overrides().setStatus(s(""), s("ROBBERY"), s("E23000001"), other, s("Officer view")).ok());

    const auto overridden = m_ws->scorecards().scorecard(options);
    const ScorecardRow *row = rowFor(overridden.value(), s("ROBBERY"));
    QVERIFY(row && row->statusOverride);
    QCOMPARE(toName(row->status.effectiveStatus()), other);
    QCOMPARE(row->status.status, robbery->status.status); // the computed status stays visible
    QCOMPARE(row->status.reason, robbery->status.reason);
    QCOMPARE(row->status.officerNote, s("Officer view"));
    QCOMPARE(row->statusOverride->author, s("a.officer"));
    // The measure in full carries it too; another area does not.
    QVERIFY(m_ws->scorecards().measure(s("ROBBERY"), options)->row.statusOverride);
    options.areaCode = s("E09000007");
    QVERIFY(!m_ws->scorecards().measure(s("ROBBERY"), options)->row.statusOverride);

    // A clear returns to the computed status.
    QVERIFY(m_ws->overrides().clear(s(""), s("ROBBERY"), s("E23000001"), s("Resolved")).ok());
    options.areaCode = s("E23000001");
    const auto afterClear = m_ws->scorecards().scorecard(options); // the row points into it
    QVERIFY(afterClear.ok());
    const ScorecardRow *cleared = rowFor(afterClear.value(), s("ROBBERY"));
    QVERIFY(!cleared->statusOverride);
    QCOMPARE(cleared->status.effectiveStatus(), robbery->status.status);
}

void TestOverrideService::asOfIgnoresLaterOverrides()
{
    QVERIFY(m_ws->overrides().setStatus(s(""), s("ROBBERY"), s("E23000001"), s("at_risk"), s("Now")).ok());
    ScorecardOptions past;
    past.asOf = s("2024-06"); // long before the override was made (now)
    QVERIFY(!rowFor(m_ws->scorecards().scorecard(past).value(), s("ROBBERY"))->statusOverride);
    ScorecardOptions future;
    future.asOf = QDate::currentDate().addMonths(1).toString(s("yyyy-MM"));
    QVERIFY(rowFor(m_ws->scorecards().scorecard(future).value(), s("ROBBERY"))->statusOverride);
}

QTEST_GUILESS_MAIN(TestOverrideService)
#include "tst_overrideservice.moc"
