// Proves that killing `cwb import` (SIGKILL, as a crash or power cut would) at any moment leaves
// the workspace exactly as it was before the import, or exactly as a complete import leaves it:
// never half an import, never a damaged file, and the next import works.
//
// The import is killed after seeded random delays spread over its whole run, with half of them
// inside the window in which it writes (while SQLite's rollback journal exists).
#include <algorithm>

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "clitestkit.h"
#include "testsupport.h"
#include "storage/database.h"
#include "workspace/workspace.h"

using cwtest::runCwb;

namespace {

constexpr int iterations = 30;
constexpr quint32 seed = 20250917;

// Rows of the big file: indicators × areas × months, every cell distinct, plus rows that revise
// the values of the first file. Sized so that an import takes a second or two
// (in a debug build).
constexpr int indicators = 10;
constexpr int months = 100;

const QByteArray firstFile = "indicator,area,period,value\n"
                             "kill:first,E09000033,2024-01,120\n"
                             "kill:first,E09000033,2024-02,131\n"
                             "kill:first,E09000007,2024-01,88\n";

// The workspace's content, read back: every observation's value and place, the batches and
// what they recorded (not their timestamps), the indicators, sources and skipped-row issues.
// Row ids of observations and indicators are left out: the order in which an import inserts
// them is not fixed (hash order), so two complete imports of one file may number them apart.
QString fingerprint(const QString &path)
{
    const auto db = cw::Database::openSqlite(path, cw::Database::Access::ReadOnly);
    QStringList parts;
    const auto rows = [&](const char *sql) {
        QSqlQuery query = db->exec(QString::fromLatin1(sql));
        while (query.next()) {
            QStringList values;
            for (int i = 0; i < query.record().count(); ++i)
                values << query.value(i).toString();
            parts << values.join(u',');
        }
    };
    rows(
        "SELECT COUNT(*), TOTAL(o.value), TOTAL(o.value * a.id), TOTAL(o.value * julianday(o.period_start)), "
        "TOTAL(o.value * o.batch_id), TOTAL(o.value * length(i.indicator_key)), "
        "TOTAL(o.value * unicode(substr(i.indicator_key, -1))), TOTAL(o.denominator), TOTAL(o.sample_size), "
        "COUNT(DISTINCT o.period_kind || o.period_start) "
        "FROM observation o JOIN indicator i ON i.id = o.indicator_id JOIN area a ON a.id = o.area_id");
    rows("SELECT indicator_key, unit, kind FROM indicator ORDER BY indicator_key");
    rows("SELECT code FROM source ORDER BY code");
    rows("SELECT batch_id, line_number, column_number, message FROM import_issue ORDER BY 1, 2, 3");
    rows("SELECT id, label, sha256, rows_read, rows_accepted, rows_rejected, observations_written, "
         "values_revised FROM import_batch ORDER BY id");
    return parts.join(u'\n');
}

// A tidy file of `indicators` × 33 areas × `months` distinct cells, and two revisions.
QByteArray bigFile()
{
    QByteArray text = "indicator,area,period,value\n";
    text.reserve(indicators * 33 * months * 40);
    for (int i = 0; i < indicators; ++i) {
        for (int area = 1; area <= 33; ++area) {
            for (int m = 0; m < months; ++m) {
                const int value = (i * 131 + area * 17 + m * 7) % 1000;
                text += "kill:big" + QByteArray::number(i) + ",E09" +
                        QByteArray::number(area).rightJustified(6, '0') + ',' +
                        QByteArray::number(2010 + m / 12) + '-' +
                        QByteArray::number(m % 12 + 1).rightJustified(2, '0') + ',' +
                        QByteArray::number(value) + '\n';
            }
        }
    }
    // Revisions of two values the first file brought in.
    text += "kill:first,E09000033,2024-01,125\nkill:first,E09000007,2024-01,90\n";
    return text;
}

bool journalExists(const QString &workspace)
{
    return QFile::exists(workspace + QStringLiteral("-journal")) ||
           QFile::exists(workspace + QStringLiteral("-wal"));
}

} // namespace

class TestImportKill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killAtRandomMoments();

private:
    // Starts `cwb import` of the big file into `workspace`.
    void startImport(QProcess &process, const QString &workspace) const;

    QTemporaryDir m_dir;
    QString m_base;   // a workspace holding the first file
    QString m_big;    // the file the killed imports read
    QString m_small;  // a small file imported after each kill
    QString m_before; // fingerprint of m_base
    QString m_after;  // fingerprint after a complete import of m_big into m_base
    qint64 m_importMs = 0;
    qint64 m_writeStartMs = -1; // when the journal appeared during the measured import
};

void TestImportKill::startImport(QProcess &process, const QString &workspace) const
{
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.setStandardOutputFile(QProcess::nullDevice());
    process.start(cwtest::cwbPath(), {QStringLiteral("import"), workspace, m_big});
}

void TestImportKill::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_base = cwtest::createWorkspace(m_dir);
    const QString first = m_dir.filePath(QStringLiteral("first.csv"));
    QVERIFY(cwtest::writeFile(first, firstFile));
    QCOMPARE(runCwb({QStringLiteral("import"), m_base, first}).exitCode, 0);
    m_before = fingerprint(m_base);

    m_big = m_dir.filePath(QStringLiteral("big.csv"));
    QVERIFY(cwtest::writeFile(m_big, bigFile()));
    m_small = m_dir.filePath(QStringLiteral("small.csv"));
    QVERIFY(cwtest::writeFile(m_small, "indicator,area,period,value\nkill:small,E09000001,2024-01,3\n"));

    // One complete import, timed, with the moment the write transaction starts.
    const QString complete = m_dir.filePath(QStringLiteral("complete.cwb"));
    QVERIFY(QFile::copy(m_base, complete));
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    startImport(process, complete);
    QVERIFY(process.waitForStarted());
    while (!process.waitForFinished(2)) {
        if (m_writeStartMs < 0 && journalExists(complete))
            m_writeStartMs = timer.elapsed();
        QVERIFY2(timer.elapsed() < 120'000, "the import did not finish in two minutes");
    }
    m_importMs = timer.elapsed();
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    m_after = fingerprint(complete);
    QVERIFY(m_after != m_before);
    if (m_writeStartMs < 0)
        m_writeStartMs = m_importMs * 3 / 4; // the journal came and went between two polls
    qInfo("a complete import takes %lld ms; it writes from about %lld ms", m_importMs, m_writeStartMs);
}

void TestImportKill::killAtRandomMoments()
{
    QRandomGenerator random(seed);
    int before = 0;
    int after = 0;
    int killedWriting = 0;
    const QString workspace = m_dir.filePath(QStringLiteral("work.cwb"));
    for (int i = 0; i < iterations; ++i) {
        QFile::remove(workspace);
        QVERIFY(QFile::copy(m_base, workspace));
        // Even iterations anywhere in the run (and a little past its end), odd ones in the writes;
        // the first lets the import finish, so that both outcomes are seen.
        const qint64 from = i % 2 == 0 ? 0 : m_writeStartMs;
        const qint64 to = i % 2 == 0 ? m_importMs * 3 / 2 : m_importMs;
        const qint64 delay = i == 0 ? m_importMs * 2 + 500
                                    : from + qint64(random.bounded(double(std::max<qint64>(1, to - from))));

        QProcess process;
        startImport(process, workspace);
        QVERIFY(process.waitForStarted());
        if (i == 0)
            process.waitForFinished(120'000); // however loaded the machine, this one completes
        else
            QThread::msleep(static_cast<unsigned long>(delay));
        const bool finished = process.state() == QProcess::NotRunning;
        if (!finished) {
            process.kill();
            QVERIFY(process.waitForFinished(10'000));
        }
        const bool hotJournal = journalExists(workspace);
        killedWriting += hotJournal ? 1 : 0;

        // Opening runs the integrity check (and rolls back what the killed import left).
        {
            const cw::Result<std::unique_ptr<cw::Workspace>> opened = cw::Workspace::open(workspace);
            QVERIFY2(opened.ok(),
                     qPrintable(QStringLiteral("iteration %1 (killed at %2 ms%3): %4 %5")
                                    .arg(i)
                                    .arg(delay)
                                    .arg(hotJournal ? QStringLiteral(", journal left") : QString())
                                    .arg(opened.ok() ? QString() : opened.error().message,
                                         opened.ok() ? QString() : opened.error().detail)));
        }
        const QString state = fingerprint(workspace);
        QVERIFY2(state == m_before || state == m_after,
                 qPrintable(QStringLiteral("iteration %1 (killed at %2 ms): neither before nor after:\n%3")
                                .arg(i)
                                .arg(delay)
                                .arg(state)));
        if (finished)
            QCOMPARE(state, m_after);
        (state == m_before ? before : after) += 1;

        // The workspace takes the next import.
        const cwtest::CwbRun next =
            runCwb({QStringLiteral("import"), workspace, m_small, QStringLiteral("--json")});
        QCOMPARE(next.exitCode, 0);
        QCOMPARE(cwtest::jsonArray(next.out).at(0).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("imported"));
    }
    qInfo("%d kills: %d left the workspace as before, %d as after a complete import; %d killed while writing",
          iterations, before, after, killedWriting);
    // The delays must have exercised both outcomes and the writes themselves.
    QVERIFY(before > 0);
    QVERIFY(after > 0);
    QVERIFY(killedWriting > 0);
}

QTEST_GUILESS_MAIN(TestImportKill)
#include "tst_importkill.moc"
