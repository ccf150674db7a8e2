// `cwb override`: records and clears an officer override, which `cwb scorecard --json` and
// `cwb measure --json` then show; usage errors exit 2, refused overrides exit 1 and write nothing.
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "clitestkit.h"

using cwtest::CwbRun;
using cwtest::jsonObject;
using cwtest::runCwb;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QJsonObject measureIn(const QJsonObject &scorecard, const QString &code)
{
    for (const QJsonValue &measure : scorecard.value(s("measures")).toArray()) {
        if (measure[s("code")].toString() == code)
            return measure.toObject();
    }
    return {};
}

} // namespace

class TestCwbOverride : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void usage_data();
    void usage();
    void refused();
    void roundTrip();

private:
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestCwbOverride::initTestCase()
{
    qputenv("CW_USER", "cli.tester");
    m_demo = m_dir.filePath(s("demo.cwb"));
    const CwbRun run = runCwb({s("init"), m_demo, s("--demo")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
}

void TestCwbOverride::usage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no note") << QStringList{s("--measure"), s("ROBBERY"), s("--status"), s("on_track")};
    QTest::newRow("blank note") << QStringList{s("--measure"), s("ROBBERY"), s("--status"),
                                               s("on_track"),  s("--note"),  s("  ")};
    QTest::newRow("no measure") << QStringList{s("--status"), s("on_track"), s("--note"), s("x")};
    QTest::newRow("neither status nor clear")
        << QStringList{s("--measure"), s("ROBBERY"), s("--note"), s("x")};
    QTest::newRow("both status and clear") << QStringList{
        s("--measure"), s("ROBBERY"), s("--status"), s("on_track"), s("--clear"), s("--note"), s("x")};
    QTest::newRow("unknown status") << QStringList{s("--measure"), s("ROBBERY"), s("--status"),
                                                   s("green"),     s("--note"),  s("x")};
}

void TestCwbOverride::usage()
{
    QFETCH(QStringList, args);
    const CwbRun run = runCwb(QStringList{s("override"), m_demo} + args);
    QCOMPARE(run.exitCode, 2);
}

void TestCwbOverride::refused()
{
    const CwbRun run = runCwb({s("override"), m_demo, s("--measure"), s("NOPE"), s("--status"), s("on_track"),
                               s("--note"), s("x")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.errText().contains(s("has no measure NOPE")));
    const CwbRun area = runCwb({s("override"), m_demo, s("--measure"), s("ROBBERY"), s("--area"), s("X1"),
                                s("--status"), s("on_track"), s("--note"), s("x")});
    QCOMPARE(area.exitCode, 1);
    const QJsonObject card = jsonObject(runCwb({s("scorecard"), m_demo, s("--json")}).out);
    QVERIFY(measureIn(card, s("ROBBERY")).value(s("override")).isNull());
}

void TestCwbOverride::roundTrip()
{
    const QJsonObject before =
        measureIn(jsonObject(runCwb({s("scorecard"), m_demo, s("--json")}).out), s("ROBBERY"));
    const QString computed = before.value(s("status")).toString();
    QCOMPARE(before.value(s("computed_status")).toString(), computed);
    const QString other = computed == s("off_track") ? s("at_risk") : s("off_track");

    const CwbRun set = runCwb({s("override"), m_demo, s("--measure"), s("ROBBERY"), s("--status"), other,
                               s("--note"), s("Stations closed for a month"), s("--json")});
    QVERIFY2(set.exitCode == 0, set.err.constData());
    const QJsonObject entry = jsonObject(set.out);
    QCOMPARE(entry.value(s("status")).toString(), other);
    QCOMPARE(entry.value(s("plan")).toString(), s("PCP-2025-29"));
    QCOMPARE(entry.value(s("author")).toString(), s("cli.tester"));

    const QJsonObject after =
        measureIn(jsonObject(runCwb({s("scorecard"), m_demo, s("--json")}).out), s("ROBBERY"));
    QCOMPARE(after.value(s("status")).toString(), other);
    QCOMPARE(after.value(s("computed_status")).toString(), computed);
    QCOMPARE(after.value(s("status_reason")).toString(), before.value(s("status_reason")).toString());
    const QJsonObject override = after.value(s("override")).toObject();
    QCOMPARE(override.value(s("status")).toString(), other);
    QCOMPARE(override.value(s("note")).toString(), s("Stations closed for a month"));
    QCOMPARE(override.value(s("author")).toString(), s("cli.tester"));
    QVERIFY(QDateTime::fromString(override.value(s("at")).toString(), Qt::ISODate).isValid());
    // The measure in full too; a borough is untouched.
    const QJsonObject measure = jsonObject(runCwb({s("measure"), m_demo, s("ROBBERY"), s("--json")}).out);
    QCOMPARE(measure.value(s("override")).toObject().value(s("status")).toString(), other);
    const QJsonObject borough = jsonObject(
        runCwb({s("measure"), m_demo, s("ROBBERY"), s("--area"), s("E09000007"), s("--json")}).out);
    QVERIFY(borough.value(s("override")).isNull());

    const CwbRun clear = runCwb({s("override"), m_demo, s("--measure"), s("ROBBERY"), s("--clear"),
                                 s("--note"), s("Stations open again")});
    QVERIFY2(clear.exitCode == 0, clear.err.constData());
    const QJsonObject cleared =
        measureIn(jsonObject(runCwb({s("scorecard"), m_demo, s("--json")}).out), s("ROBBERY"));
    QVERIFY(cleared.value(s("override")).isNull());
    QCOMPARE(cleared.value(s("status")).toString(), computed);
}

QTEST_GUILESS_MAIN(TestCwbOverride)
#include "tst_cwboverride.moc"
