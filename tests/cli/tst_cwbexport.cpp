// `cwb export`: the briefing PDF of the demo's approved pack in both editions, the same bytes
// for the same --timestamp, and usage errors and unknown meetings refused with nothing written.
#include "clitestkit.h"

#include "domain/meeting.h"
#include "services/meetingservice.h"
#include "services/packservice.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace cw;
using namespace cwtest;

class TestCwbExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exportsBothEditions();
    void sameTimestampSameFile();
    void refusesBadArguments_data();
    void refusesBadArguments();
    void unknownMeetingWritesNothing();

private:
    QByteArray exportPdf(const QString &edition, const QString &name);

    QTemporaryDir m_dir;
    QString m_workspace;
    QString m_meeting;
};

void TestCwbExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_workspace = m_dir.filePath(QStringLiteral("demo.cwb"));
    QCOMPARE(runCwb({QStringLiteral("init"), QStringLiteral("--demo"), m_workspace}).exitCode, 0);
    auto ws = Workspace::open(m_workspace);
    QVERIFY(ws.ok());
    const auto meetings = (*ws)->meetings().meetings();
    QVERIFY(meetings.ok());
    for (const Meeting &m : *meetings) {
        const auto pack = (*ws)->packs().latestPack(m.id);
        if (pack && pack->status == PackStatus::Approved)
            m_meeting = QString::number(m.id);
    }
    QVERIFY(!m_meeting.isEmpty());
}

QByteArray TestCwbExport::exportPdf(const QString &edition, const QString &name)
{
    const QString path = m_dir.filePath(name);
    const CwbRun run = runCwb({QStringLiteral("export"), m_workspace, QStringLiteral("--meeting"), m_meeting,
                               QStringLiteral("--edition"), edition, QStringLiteral("--timestamp"),
                               QStringLiteral("2026-11-01T09:00:00"), QStringLiteral("-o"), path});
    if (run.exitCode != 0) {
        qWarning("%s", qPrintable(run.errText()));
        return {};
    }
    if (run.outText().trimmed() != path)
        return {};
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestCwbExport::exportsBothEditions()
{
    const QByteArray pub = exportPdf(QStringLiteral("public"), QStringLiteral("public.pdf"));
    const QByteArray internal = exportPdf(QStringLiteral("internal"), QStringLiteral("internal.pdf"));
    QVERIFY(pub.startsWith("%PDF-"));
    QVERIFY(internal.startsWith("%PDF-"));
    QVERIFY(pub != internal);
    // The title in the document information names the edition.
    QVERIFY(pub.contains("Public edition") || pub.contains("P\\000u\\000b"));
    QVERIFY(pub.contains("/CreationDate (D:20261101090000"));
}

void TestCwbExport::sameTimestampSameFile()
{
    const QByteArray first = exportPdf(QStringLiteral("internal"), QStringLiteral("a.pdf"));
    QThread::sleep(1);
    const QByteArray second = exportPdf(QStringLiteral("internal"), QStringLiteral("b.pdf"));
    QVERIFY(!first.isEmpty());
    QCOMPARE(first, second);
}

void TestCwbExport::refusesBadArguments_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::newRow("edition") << QStringList{QStringLiteral("--edition"), QStringLiteral("secret")};
    QTest::newRow("format") << QStringList{QStringLiteral("--edition"), QStringLiteral("public"),
                                           QStringLiteral("--format"), QStringLiteral("docx")};
    QTest::newRow("timestamp") << QStringList{QStringLiteral("--edition"), QStringLiteral("public"),
                                              QStringLiteral("--timestamp"), QStringLiteral("yesterday")};
    QTest::newRow("no edition") << QStringList{};
}

void TestCwbExport::refusesBadArguments()
{
    QFETCH(QStringList, extra);
    const QString path = m_dir.filePath(QStringLiteral("refused.pdf"));
    const CwbRun run = runCwb(QStringList{QStringLiteral("export"), m_workspace, QStringLiteral("--meeting"),
                                          m_meeting, QStringLiteral("-o"), path} +
                              extra);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!QFile::exists(path));
}

void TestCwbExport::unknownMeetingWritesNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("none.pdf"));
    const CwbRun run =
        runCwb({QStringLiteral("export"), m_workspace, QStringLiteral("--meeting"), QStringLiteral("4242"),
                QStringLiteral("--edition"), QStringLiteral("public"), QStringLiteral("-o"), path});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.errText().contains(QStringLiteral("4242")));
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestCwbExport)
#include "tst_cwbexport.moc"
