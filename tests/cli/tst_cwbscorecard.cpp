// Runs `cwb scorecard` and `cwb measure` on a demo workspace (illustrative data, 2011–2025) and,
// when ../shared/data exists, on the real London Datastore borough file, whose robbery figures
// are summed here independently of the importers.
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include "clitestkit.h"
#include "testsupport.h"

using cwtest::CwbRun;
using cwtest::jsonObject;
using cwtest::runCwb;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

const QSet<QString> statuses{s("on_track"), s("at_risk"), s("off_track"), s("no_target"),
                             s("insufficient_data")};
const QSet<QString> flags{s("significant_improvement"), s("significant_deterioration"),
                          s("significant_change"), s("no_significant_change"), s("insufficient_data")};

// The measure with `code` in a scorecard's "measures", or an empty object.
QJsonObject measureIn(const QJsonObject &scorecard, const QString &code)
{
    for (const QJsonValue &measure : scorecard.value(s("measures")).toArray()) {
        if (measure[s("code")].toString() == code)
            return measure.toObject();
    }
    return {};
}

} // namespace

class TestCwbScorecard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void help();
    void scorecardJson();
    void scorecardText();
    void olderPlan();
    void asOf();
    void measureJson();
    void measureText();
    void failures_data();
    void failures();
    void timing();
    void realDatastore();

private:
    // One demo workspace for the whole run: every test here only reads it.
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestCwbScorecard::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(s("demo.cwb"));
    const CwbRun run = runCwb({s("init"), m_demo, s("--demo")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
}

void TestCwbScorecard::help()
{
    const CwbRun run = runCwb({s("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("scorecard WORKSPACE [--plan CODE] [--as-of YYYY-MM] [--area CODE] [--json]"));
    QVERIFY(run.out.contains("measure WORKSPACE CODE [--plan CODE]"));
    QVERIFY(!run.out.contains("--timing"));

    const CwbRun command = runCwb({s("help"), s("scorecard")});
    QCOMPARE(command.exitCode, 0);
    QVERIFY(command.out.contains("--as-of YYYY-MM"));
    QVERIFY(!command.out.contains("timing"));
}

void TestCwbScorecard::scorecardJson()
{
    const CwbRun run = runCwb({s("scorecard"), m_demo, s("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject scorecard = jsonObject(run.out);
    QCOMPARE(scorecard.value(s("plan")).toString(), s("PCP-2025-29"));
    QCOMPARE(scorecard.value(s("area")).toString(), s("E23000001"));
    QVERIFY(scorecard.value(s("as_of")).isNull());

    const QJsonArray measures = scorecard.value(s("measures")).toArray();
    QCOMPARE(measures.size(), 17);
    // Grouped by priority, in plan order: 7, 6 and 4 measures.
    QList<int> perPriority;
    QString priority;
    for (const QJsonValue &measure : measures) {
        const QString code = measure[s("priority")][s("code")].toString();
        QVERIFY(!code.isEmpty());
        if (code != priority) {
            perPriority.append(0);
            priority = code;
        }
        ++perPriority.last();
        QVERIFY2(statuses.contains(measure[s("status")].toString()),
                 qPrintable(measure[s("code")].toString()));
        QVERIFY(flags.contains(measure[s("change")][s("flag")].toString()));
        QVERIFY(measure[s("override")].isNull());
        QVERIFY(measure[s("spc")].isObject());
        QVERIFY(measure[s("comparator")][s("flag")].isString());
    }
    QCOMPARE(perPriority, (QList<int>{7, 6, 4}));

    const QJsonObject robbery = measureIn(scorecard, s("ROBBERY"));
    QVERIFY(!robbery.isEmpty());
    QCOMPARE(robbery.value(s("unit")).toString(), s("count"));
    QVERIFY(robbery[s("latest")][s("value")].toDouble() > 0);
    // Demo data runs to December 2025; monthly counts are shown as rolling 12 months.
    QCOMPARE(robbery[s("latest")][s("period")].toString(), s("R12:2025-12"));
    const QJsonObject change = robbery.value(s("change")).toObject();
    QVERIFY(flags.contains(change.value(s("flag")).toString()));
    QCOMPARE(change.value(s("current")).toDouble(), robbery[s("latest")][s("value")].toDouble());
    QVERIFY(change.value(s("previous")).toDouble() > 0);
}

void TestCwbScorecard::scorecardText()
{
    const CwbRun run = runCwb({s("scorecard"), m_demo});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString text = run.outText();
    QVERIFY(text.startsWith(s("PCP-2025-29")));
    QVERIFY(text.contains(s("ROBBERY")));
    QVERIFY(text.contains(s("(R12:2025-12)")));
    for (const char *heading : {"Measure", "Latest", "Baseline", "Target", "Status", "Change"})
        QVERIFY2(text.contains(s(heading)), heading);
}

void TestCwbScorecard::olderPlan()
{
    const CwbRun run = runCwb({s("scorecard"), m_demo, s("--plan"), s("PCP-2013-16"), s("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject scorecard = jsonObject(run.out);
    QCOMPARE(scorecard.value(s("plan")).toString(), s("PCP-2013-16"));
    QCOMPARE(scorecard.value(s("measures")).toArray().size(), 6);
    const QJsonObject youth = measureIn(scorecard, s("YOUTH-REOFFENDING"));
    QVERIFY(!youth.isEmpty());
    QCOMPARE(youth.value(s("baseline")).toDouble(), 70.8);
    QCOMPARE(youth.value(s("target")).toDouble(), 56.6);
    QVERIFY(!youth.value(s("baseline_from_data")).toBool());
}

void TestCwbScorecard::asOf()
{
    const CwbRun run = runCwb(
        {s("scorecard"), m_demo, s("--as-of"), s("2020-06"), s("--area"), s("E09000033"), s("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject scorecard = jsonObject(run.out);
    QCOMPARE(scorecard.value(s("as_of")).toString(), s("2020-06"));
    QCOMPARE(scorecard.value(s("area")).toString(), s("E09000033"));
    const QJsonObject robbery = measureIn(scorecard, s("ROBBERY"));
    QCOMPARE(robbery[s("latest")][s("period")].toString(), s("R12:2020-06"));
    QCOMPARE(robbery.value(s("area")).toString(), s("E09000033"));

    // A borough's robbery is smaller than the force area's at the same month.
    const CwbRun force = runCwb({s("scorecard"), m_demo, s("--as-of"), s("2020-06"), s("--json")});
    QCOMPARE(force.exitCode, 0);
    const QJsonObject forceRobbery = measureIn(jsonObject(force.out), s("ROBBERY"));
    QVERIFY(robbery[s("latest")][s("value")].toDouble() < forceRobbery[s("latest")][s("value")].toDouble());
}

void TestCwbScorecard::measureJson()
{
    const CwbRun run = runCwb({s("measure"), m_demo, s("ROBBERY"), s("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject measure = jsonObject(run.out);
    QCOMPARE(measure.value(s("code")).toString(), s("ROBBERY"));
    QCOMPARE(measure.value(s("area")).toString(), s("E23000001"));
    QVERIFY(statuses.contains(measure.value(s("status")).toString()));
    // The forecast: fitted to the last March before the latest month (2025-12 in the demo), run
    // to the Plan's end (March 2029), every observed month after the origin compared with it.
    const QJsonObject forecast = measure.value(s("forecast")).toObject();
    QCOMPARE(forecast.value(s("method")).toString(), s("seasonal_regression"));
    QCOMPARE(forecast.value(s("fitted_to")).toString(), s("2025-03"));
    QCOMPARE(forecast.value(s("target_period")).toString(), s("2029-03"));
    const QJsonArray forecastPoints = forecast.value(s("points")).toArray();
    QCOMPARE(forecastPoints.size(), 48); // April 2025 … March 2029
    QCOMPARE(forecastPoints.first()[s("period")].toString(), s("2025-04"));
    int observed = 0;
    QStringList outside;
    for (const QJsonValue &p : forecastPoints) {
        QVERIFY(p[s("lower")].toDouble() < p[s("value")].toDouble());
        QVERIFY(p[s("value")].toDouble() < p[s("upper")].toDouble());
        if (!p[s("observed")].isNull()) {
            ++observed;
            const double v = p[s("observed")].toDouble();
            const bool out = v < p[s("lower")].toDouble() || v > p[s("upper")].toDouble();
            QCOMPARE(p[s("outside")].toBool(), out);
            if (out)
                outside.append(p[s("period")].toString());
        }
    }
    QCOMPARE(observed, 9); // April … December 2025
    QStringList listed;
    for (const QJsonValue &v : forecast.value(s("outside")).toArray())
        listed.append(v.toString());
    QCOMPARE(listed, outside);
    // A survey measure has no seasonal forecast, and says why.
    const QJsonObject survey = jsonObject(runCwb({s("measure"), m_demo, s("PAS-GOOD-JOB"), s("--json")}).out);
    QVERIFY(survey.value(s("forecast")).isNull());
    QVERIFY(!survey.value(s("forecast_note")).toString().isEmpty());

    const QJsonArray points = measure.value(s("points")).toArray();
    QVERIFY2(points.size() >= 100, qPrintable(QString::number(points.size())));
    for (const QJsonValue &point : points) {
        QVERIFY(point[s("period")].toString().startsWith(s("R12:")));
        QVERIFY(point[s("value")].toDouble() > 0);
        QVERIFY(point.toObject().contains(s("trajectory")));
    }
    QCOMPARE(points.last()[s("period")].toString(), measure[s("latest")][s("period")].toString());
    QCOMPARE(points.last()[s("value")].toDouble(), measure[s("latest")][s("value")].toDouble());
    // The monthly values behind the rolling sums: 11 more months than rolling points.
    QCOMPARE(measure.value(s("monthly")).toArray().size(), points.size() + 11);

    // Monthly counts are charted over the months.
    QCOMPARE(measure[s("spc")][s("series")].toString(), s("monthly"));
    const QJsonArray months = measure.value(s("monthly")).toArray();
    const QJsonArray phases = measure[s("spc")][s("phases")].toArray();
    QVERIFY(!phases.isEmpty());
    QCOMPARE(phases.first()[s("first")].toString(), months.first()[s("period")].toString());
    QCOMPARE(phases.last()[s("last")].toString(), s("2025-12"));
    QCOMPARE(phases.last()[s("last_index")].toInt(), months.size() - 1);
    for (const QJsonValue &phase : phases) {
        if (!phase[s("has_limits")].toBool())
            continue;
        QVERIFY(phase[s("lower")].toDouble() < phase[s("mean")].toDouble());
        QVERIFY(phase[s("mean")].toDouble() < phase[s("upper")].toDouble());
        QVERIFY(phase[s("upper_near")].toDouble() < phase[s("upper")].toDouble());
    }
    for (const QJsonValue &signal : measure[s("spc")][s("signals")].toArray()) {
        QVERIFY(!signal[s("rule")].toString().isEmpty());
        QVERIFY(signal[s("first_index")].toInt() <= signal[s("last_index")].toInt());
    }
}

void TestCwbScorecard::measureText()
{
    const CwbRun run = runCwb({s("measure"), m_demo, s("robbery")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.outText().startsWith(s("ROBBERY")));
    const QString text = run.outText();
    QVERIFY(text.contains(s("Latest: ")));
    QVERIFY(text.contains(s("12 months to December 2025")));
    // Monthly counts list the months of the chart, with the rolling 12 months beside them.
    QVERIFY(text.contains(s("\n2025-12 ")));
    QVERIFY(text.contains(s("12 months")));
}

void TestCwbScorecard::failures_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown measure") << QStringList{s("measure"), s("WORKSPACE"), s("NO-SUCH-MEASURE")} << 1
                                     << s("NO-SUCH-MEASURE");
    QTest::newRow("unknown plan") << QStringList{s("scorecard"), s("WORKSPACE"), s("--plan"), s("PCP-1999")}
                                  << 1 << s("PCP-1999");
    QTest::newRow("missing workspace")
        << QStringList{s("scorecard"), s("nowhere.cwb")} << 1 << s("nowhere.cwb");
    QTest::newRow("month 13") << QStringList{s("scorecard"), s("WORKSPACE"), s("--as-of"), s("2025-13")} << 2
                              << s("--as-of");
    QTest::newRow("a year") << QStringList{s("scorecard"), s("WORKSPACE"), s("--as-of"), s("2025")} << 2
                            << s("--as-of");
    QTest::newRow("a quarter") << QStringList{s("measure"), s("WORKSPACE"), s("ROBBERY"), s("--as-of"),
                                              s("2025-Q1")}
                               << 2 << s("--as-of");
    QTest::newRow("words") << QStringList{s("scorecard"), s("WORKSPACE"), s("--as-of"), s("soon")} << 2
                           << s("--as-of");
    QTest::newRow("no code") << QStringList{s("measure"), s("WORKSPACE")} << 2 << s("CODE");
}

void TestCwbScorecard::failures()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    args.replaceInStrings(s("WORKSPACE"), m_demo);
    const CwbRun run = runCwb(args);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.errText().contains(message), run.err.constData());
}

void TestCwbScorecard::timing()
{
    const CwbRun run = runCwb({s("scorecard"), m_demo, s("--json"), s("--timing")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.errText().contains(s("timing: ")));
    QVERIFY(run.errText().contains(s(" ms")));
    QCOMPARE(jsonObject(run.out).value(s("measures")).toArray().size(), 17);
}

void TestCwbScorecard::realDatastore()
{
    const QString data = cwtest::sharedDataDir();
    if (data.isEmpty())
        QSKIP("../shared/data is absent: the real London Datastore file cannot be imported");
    const QString file = data + s("/london-datastore/MPS_Borough_Level_Crime_recent24_202303-202502.csv");
    QVERIFY(QFile::exists(file));

    // Robbery (both minor categories, every borough) over the 12 months to February 2025 and the 12
    // before, summed here from the file.
    const QList<QStringList> rows = cwtest::readCsv(file);
    const QStringList header = rows.at(0);
    const qsizetype first = header.indexOf(s("202303"));
    QVERIFY(first > 0);
    QCOMPARE(header.indexOf(s("202502")), first + 23);
    double current = 0;
    double previous = 0;
    for (const QStringList &row : rows) {
        if (row.at(0) != s("ROBBERY"))
            continue;
        for (qsizetype i = 0; i < 12; ++i) {
            previous += row.at(first + i).toDouble();
            current += row.at(first + 12 + i).toDouble();
        }
    }
    // As computed with Python's csv module.
    QCOMPARE(current, 34104.0);
    QCOMPARE(previous, 34170.0);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString workspace = cwtest::createWorkspace(dir);
    const CwbRun imported = runCwb({s("import"), workspace, file});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());

    const CwbRun run = runCwb({s("scorecard"), workspace, s("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject robbery = measureIn(jsonObject(run.out), s("ROBBERY"));
    QCOMPARE(robbery[s("latest")][s("period")].toString(), s("R12:2025-02"));
    QCOMPARE(robbery[s("latest")][s("value")].toDouble(), current);
    QCOMPARE(robbery[s("change")][s("current")].toDouble(), current);
    QCOMPARE(robbery[s("change")][s("previous")].toDouble(), previous);
    QVERIFY(flags.contains(robbery[s("change")][s("flag")].toString()));

    const CwbRun measure = runCwb({s("measure"), workspace, s("ROBBERY"), s("--json")});
    QVERIFY2(measure.exitCode == 0, measure.err.constData());
    // 24 months give 13 rolling 12-month sums.
    const QJsonArray points = jsonObject(measure.out).value(s("points")).toArray();
    QCOMPARE(points.size(), 13);
    QCOMPARE(points.first()[s("value")].toDouble(), previous);
    QCOMPARE(points.last()[s("value")].toDouble(), current);
}

QTEST_GUILESS_MAIN(TestCwbScorecard)
#include "tst_cwbscorecard.moc"
