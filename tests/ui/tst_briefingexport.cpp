// Briefing export from the GUI on the demo workspace: the export dialog driven as an officer
// would (edition, format, version, file), the PDF read back with poppler's pdftotext; Cancel
// while the worker thread renders leaves no file; a missing folder or a file in the way of the
// folder gives a clear error and writes nothing; the briefing actions follow the meeting
// selected; the same pages go to a QPrinter (PDF output) as to the PDF writer.
#include <memory>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPointer>
#include <QStatusBar>
#include <QPdfWriter>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

#include "briefing/briefingactions.h"
#include "briefing/briefingexportdialog.h"
#include "briefing/briefingprinting.h"
#include "briefing/briefingsource.h"
#include "domain/meeting.h"
#include "domain/pack.h"
#include "meetings/meetingsbrowser.h"
#include "meetings/meetingsview.h"
#include "report/briefingpaint.h"
#include "services/meetingservice.h"
#include "services/packservice.h"
#include "workspace/workspace.h"

using namespace cw;

class TestBriefingExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void defaultsFollowThePack();
    void internalEditionWarnsAndRenames();
    void exportPublicPdf();
    void exportInternalOdt();
    void cancelWritesNothing();
    void missingFolderIsAnError();
    void fileInTheWayIsAnError();
    void readOnlyFolderIsAnError();
    void actionsFollowTheSelectedMeeting();
    void exportedFileIsAnnouncedInTheStatusBar();
    void printerGetsTheSamePages();
    void fortyItemPackBuildTime(); // last: it adds items to the draft pack

private:
    static QString run(const QString &tool, const QStringList &arguments);
    // Runs the export and waits for the worker; true when `exported` was emitted.
    static bool exportAndWait(BriefingExportDialog &dialog);
    QStringList filesIn(const QString &folder) const { return QDir(folder).entryList(QDir::Files); }

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    qint64 m_approved = 0; // a meeting whose latest pack is approved
    qint64 m_draft = 0;    // a meeting whose latest pack is a draft
    qint64 m_noPack = 0;   // a meeting without a pack
    int m_case = 0;
};

QString TestBriefingExport::run(const QString &tool, const QStringList &arguments)
{
    QProcess process;
    process.start(tool, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    // Ligatures come back as compatibility forms ("ﬁ"): normalised so they neither fail a
    // comparison nor hide a leak.
    return QString::fromUtf8(process.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

bool TestBriefingExport::exportAndWait(BriefingExportDialog &dialog)
{
    // A dialog opened with WA_DeleteOnClose goes when the export succeeds: watch it through a
    // guarded pointer.
    const QPointer<BriefingExportDialog> alive(&dialog);
    QSignalSpy exported(&dialog, &BriefingExportDialog::exported);
    dialog.exportButton()->click();
    if (!QTest::qWaitFor([&] { return alive.isNull() || !alive->isRunning(); }, 120000))
        return false;
    return exported.count() == 1;
}

void TestBriefingExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // QSettings (the last folder) out of the user's
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QVERIFY(m_dir.isValid());
    CreateOptions options;
    options.demo = true;
    auto ws = Workspace::create(m_dir.filePath(QStringLiteral("demo.cwb")), options);
    QVERIFY2(ws.ok(), ws ? "" : qPrintable(ws.error().message));
    m_ws = std::move(ws).value();
    const auto meetings = m_ws->meetings().meetings();
    QVERIFY(meetings.ok());
    for (const Meeting &m : *meetings) {
        const auto pack = m_ws->packs().latestPack(m.id);
        if (!pack)
            m_noPack = m.id;
        else if (pack->status == PackStatus::Approved)
            m_approved = m.id;
        else if (pack->status == PackStatus::Draft)
            m_draft = m.id;
    }
    QVERIFY(m_approved > 0 && m_draft > 0 && m_noPack > 0);
}

void TestBriefingExport::init()
{
    QDir(m_dir.filePath(QStringLiteral("out%1").arg(++m_case))).mkpath(QStringLiteral("."));
}

void TestBriefingExport::defaultsFollowThePack()
{
    // The approved meeting: its approved version, no draft note, a public PDF named after the
    // meeting's day and kind.
    BriefingExportDialog approved(*m_ws, m_approved);
    const Meeting meeting = *m_ws->meetings().meeting(m_approved);
    QCOMPARE(approved.edition(), Edition::Public);
    QVERIFY(!approved.isOdt());
    QCOMPARE(approved.packVersion(), m_ws->packs().latestPack(m_approved)->version);
    QVERIFY(!approved.findChild<QLabel *>(QStringLiteral("draftLabel"))->isVisibleTo(&approved));
    QVERIFY(approved.outputPath().endsWith(displayName(meeting.kind) + QStringLiteral(" - public.pdf")));
    QVERIFY(QFileInfo(approved.outputPath()).fileName().startsWith(QStringLiteral("20")));

    // The draft meeting: its latest version, called a draft.
    BriefingExportDialog draft(*m_ws, m_draft);
    QCOMPARE(draft.packVersion(), m_ws->packs().latestPack(m_draft)->version);
    const auto *note = draft.findChild<QLabel *>(QStringLiteral("draftLabel"));
    QVERIFY(note->isVisibleTo(&draft));
    QVERIFY(note->text().contains(QStringLiteral("draft")));

    // No pack: nothing to export, and it says why.
    BriefingExportDialog none(*m_ws, m_noPack);
    QVERIFY(!none.exportButton()->isEnabled());
    QVERIFY(none.errorLabel()->isVisibleTo(&none));
    QVERIFY(none.errorLabel()->text().contains(QStringLiteral("no pack")));

    // Latest approved beats a later draft: versions 1 (approved), 2 (draft) → 2 is the latest, 1
    // the default.
    QList<PackVersion> versions(2);
    versions[0].version = 1;
    versions[0].status = PackStatus::Approved;
    versions[1].version = 2;
    versions[1].status = PackStatus::Draft;
    QCOMPARE(defaultBriefingVersion(versions), 1);
    versions[0].status = PackStatus::InReview;
    QCOMPARE(defaultBriefingVersion(versions), 2);
    QCOMPARE(defaultBriefingVersion({}), 0);
}

void TestBriefingExport::internalEditionWarnsAndRenames()
{
    BriefingExportDialog dialog(*m_ws, m_approved);
    QVERIFY(!dialog.warningLabel()->text().contains(QStringLiteral("OFFICIAL-SENSITIVE")));
    dialog.editionCombo()->setCurrentIndex(dialog.editionCombo()->findData(int(Edition::Internal)));
    QCOMPARE(dialog.edition(), Edition::Internal);
    QVERIFY(dialog.warningLabel()->text().contains(QStringLiteral("OFFICIAL-SENSITIVE")));
    QVERIFY(dialog.outputPath().endsWith(QStringLiteral(" - internal.pdf")));
    dialog.formatCombo()->setCurrentIndex(1);
    QVERIFY(dialog.isOdt());
    QVERIFY(dialog.outputPath().endsWith(QStringLiteral(" - internal.odt")));
    // A name the officer typed is theirs: the edition no longer renames it.
    dialog.pathEdit()->setText(m_dir.filePath(QStringLiteral("mine.odt")));
    dialog.editionCombo()->setCurrentIndex(dialog.editionCombo()->findData(int(Edition::Public)));
    QCOMPARE(dialog.outputPath(), m_dir.filePath(QStringLiteral("mine.odt")));
}

void TestBriefingExport::exportPublicPdf()
{
    const QString folder = m_dir.filePath(QStringLiteral("out%1").arg(m_case));
    BriefingExportDialog dialog(*m_ws, m_approved);
    dialog.pathEdit()->setText(QDir(folder).filePath(QStringLiteral("public.pdf")));
    QVERIFY(exportAndWait(dialog));
    QVERIFY(!dialog.errorLabel()->isVisibleTo(&dialog));
    qInfo("Building the briefing of the demo's approved pack took %lld ms", dialog.lastBuildMilliseconds());
    QVERIFY(dialog.lastBuildMilliseconds() >= 0);
    QCOMPARE(filesIn(folder), QStringList{QStringLiteral("public.pdf")});

    const QString text = run(QStringLiteral("pdftotext"),
                             {QDir(folder).filePath(QStringLiteral("public.pdf")), QStringLiteral("-")})
                             .simplified();
    QVERIFY(text.contains(QStringLiteral("OFFICIAL")));
    QVERIFY(text.contains(QStringLiteral("Public edition")));
    // The demo's internal material (as in tst_briefingpdf): none of it in the public edition.
    for (const QString &secret :
         {QStringLiteral("OFFICIAL-SENSITIVE"), QStringLiteral("Homicide"),
          QStringLiteral("Not for publication"), QStringLiteral("Commissioner confident"),
          QStringLiteral("Westminster drives most"), QStringLiteral("Added Westminster and Southwark"),
          QStringLiteral("press office")})
        QVERIFY2(!text.contains(secret), qPrintable(secret));
    QVERIFY(text.contains(QStringLiteral("August spike in Westminster")));
}

void TestBriefingExport::exportInternalOdt()
{
    const QString folder = m_dir.filePath(QStringLiteral("out%1").arg(m_case));
    BriefingExportDialog dialog(*m_ws, m_approved);
    dialog.editionCombo()->setCurrentIndex(dialog.editionCombo()->findData(int(Edition::Internal)));
    dialog.formatCombo()->setCurrentIndex(1);
    dialog.pathEdit()->setText(QDir(folder).filePath(QStringLiteral("internal.odt")));
    QVERIFY(exportAndWait(dialog));
    QFile file(QDir(folder).filePath(QStringLiteral("internal.odt")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    // An OpenDocument file is a zip whose first entry is the stored "mimetype".
    const QByteArray head = file.read(80);
    QVERIFY(head.startsWith("PK"));
    QVERIFY(head.contains("application/vnd.oasis.opendocument.text"));
}

void TestBriefingExport::cancelWritesNothing()
{
    const QString folder = m_dir.filePath(QStringLiteral("out%1").arg(m_case));
    BriefingExportDialog dialog(*m_ws, m_approved);
    dialog.editionCombo()->setCurrentIndex(dialog.editionCombo()->findData(int(Edition::Internal)));
    dialog.pathEdit()->setText(QDir(folder).filePath(QStringLiteral("cancelled.pdf")));
    QSignalSpy exported(&dialog, &BriefingExportDialog::exported);
    dialog.exportButton()->click();
    QVERIFY(dialog.isRunning());
    // The Close button is Cancel while the worker runs; the dialog stays open.
    auto *close = dialog.findChild<QPushButton *>(QStringLiteral("closeButton"));
    QCOMPARE(close->text().remove(QLatin1Char('&')), QStringLiteral("Cancel"));
    close->click();
    QVERIFY(QTest::qWaitFor([&] { return !dialog.isRunning(); }, 120000));
    QCOMPARE(exported.count(), 0);
    QCOMPARE(dialog.result(), int(QDialog::Rejected)); // not accepted
    QVERIFY(dialog.errorLabel()->text().contains(QStringLiteral("cancelled")));
    // No file, and no temporary file left behind either.
    QCOMPARE(filesIn(folder), QStringList());
    QVERIFY(dialog.exportButton()->isEnabled());
}

void TestBriefingExport::missingFolderIsAnError()
{
    const QString missing = m_dir.filePath(QStringLiteral("no such folder"));
    BriefingExportDialog dialog(*m_ws, m_approved);
    dialog.pathEdit()->setText(QDir(missing).filePath(QStringLiteral("public.pdf")));
    QVERIFY(!exportAndWait(dialog));
    QVERIFY(dialog.errorLabel()->isVisibleTo(&dialog));
    QVERIFY(dialog.errorLabel()->text().contains(QStringLiteral("does not exist")));
    QVERIFY(dialog.errorLabel()->text().contains(QStringLiteral("no such folder")));
    QVERIFY(!QFileInfo::exists(missing));
}

void TestBriefingExport::fileInTheWayIsAnError()
{
    // The "folder" is a file: the writer cannot create anything in it (even as root).
    const QString folder = m_dir.filePath(QStringLiteral("out%1").arg(m_case));
    QFile blocker(QDir(folder).filePath(QStringLiteral("blocker")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    BriefingExportDialog dialog(*m_ws, m_approved);
    dialog.pathEdit()->setText(QDir(folder).filePath(QStringLiteral("blocker/public.pdf")));
    QVERIFY(!exportAndWait(dialog));
    QVERIFY(dialog.errorLabel()->isVisibleTo(&dialog));
    QVERIFY2(dialog.errorLabel()->text().contains(QStringLiteral("is a file, not a folder")),
             qPrintable(dialog.errorLabel()->text()));
    QCOMPARE(filesIn(folder), QStringList{QStringLiteral("blocker")});
    QCOMPARE(QFileInfo(blocker.fileName()).size(), 0);
}

void TestBriefingExport::readOnlyFolderIsAnError()
{
    // A folder nobody may create files in: a read-only one of ours, or (as root, who may write
    // anywhere on disk) /proc. The worker renders, the writer fails, and the dialog says so.
    QString folder = m_dir.filePath(QStringLiteral("out%1").arg(m_case));
    if (::geteuid() == 0) {
        if (!QFileInfo(QStringLiteral("/proc/self")).exists())
            QSKIP("running as root without /proc: no folder is read-only");
        folder = QStringLiteral("/proc");
    } else {
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    }
    BriefingExportDialog dialog(*m_ws, m_approved);
    QSignalSpy failed(&dialog, &BriefingExportDialog::failed);
    dialog.pathEdit()->setText(QDir(folder).filePath(QStringLiteral("cw-briefing-test.pdf")));
    QVERIFY(!exportAndWait(dialog));
    if (folder != QLatin1String("/proc"))
        QFile::setPermissions(folder,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QCOMPARE(failed.count(), 1);
    // The message names the file; the detail is the system's reason.
    QVERIFY2(dialog.errorLabel()->text().contains(QStringLiteral("could not be written")),
             qPrintable(dialog.errorLabel()->text()));
    QVERIFY(dialog.errorLabel()->text().contains(QStringLiteral("cw-briefing-test.pdf")));
    QVERIFY(!QFileInfo::exists(QDir(folder).filePath(QStringLiteral("cw-briefing-test.pdf"))));
    if (folder != QLatin1String("/proc"))
        QCOMPARE(filesIn(folder), QStringList());
}

void TestBriefingExport::actionsFollowTheSelectedMeeting()
{
    MeetingsView view(*m_ws);
    BriefingActions *actions = view.briefingActions();
    QCOMPARE(actions->exportAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
    QCOMPARE(actions->printAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_P));
    QVERIFY(view.browser()->selectMeeting(m_noPack));
    QCOMPARE(actions->meetingId(), m_noPack);
    for (QAction *action : actions->actions())
        QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
    QVERIFY(view.browser()->selectMeeting(m_approved));
    QCOMPARE(actions->meetingId(), m_approved);
    for (QAction *action : actions->actions())
        QVERIFY2(action->isEnabled(), qPrintable(action->objectName()));
    // In the pack editor they follow the meeting whose pack is open.
    view.openPack(m_draft);
    QCOMPARE(actions->meetingId(), m_draft);
    QVERIFY(actions->exportAction()->isEnabled());
    // Export opens the dialog on that meeting.
    BriefingExportDialog *dialog = actions->exportBriefing();
    QVERIFY(dialog != nullptr);
    QCOMPARE(dialog->packVersion(), m_ws->packs().latestPack(m_draft)->version);
    dialog->close();
}

void TestBriefingExport::exportedFileIsAnnouncedInTheStatusBar()
{
    const QString folder = m_dir.filePath(QStringLiteral("out%1").arg(m_case));
    QMainWindow window;
    auto *view = new MeetingsView(*m_ws, &window);
    window.setCentralWidget(view);
    QVERIFY(view->browser()->selectMeeting(m_approved));
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    // Ctrl+E in the meetings list opens the dialog on the selected meeting.
    view->browser()->table()->setFocus();
    QTest::keyClick(view->browser()->table(), Qt::Key_E, Qt::ControlModifier);
    auto *dialog = qobject_cast<BriefingExportDialog *>(QApplication::activeModalWidget());
    QVERIFY(dialog != nullptr);
    QCOMPARE(dialog->packVersion(), m_ws->packs().latestPack(m_approved)->version);
    QVERIFY(dialog->isVisible());
    QPointer<BriefingExportDialog> alive(dialog);
    const QString path = QDir(folder).filePath(QStringLiteral("announced.pdf"));
    dialog->pathEdit()->setText(path);
    QVERIFY(exportAndWait(*dialog));
    // The dialog closes itself (and goes: WA_DeleteOnClose); the status bar says where the file
    // is and offers to open it or its folder — no message box.
    QTRY_VERIFY(alive.isNull());
    QVERIFY(window.statusBar()->currentMessage().contains(QDir::toNativeSeparators(path)));
    auto *links = window.statusBar()->findChild<QLabel *>(QStringLiteral("briefingExportedLinks"));
    QVERIFY(links != nullptr);
    QVERIFY(links->text().contains(QStringLiteral("Open folder")));
    QVERIFY(QApplication::activeModalWidget() == nullptr);
    QVERIFY(QFileInfo(path).size() > 0);
}

void TestBriefingExport::printerGetsTheSamePages()
{
    const QString folder = m_dir.filePath(QStringLiteral("out%1").arg(m_case));
    const auto briefing = briefingEdition(*m_ws, m_approved, 0, Edition::Internal);
    QVERIFY(briefing.ok());

    QPdfWriter writer(QDir(folder).filePath(QStringLiteral("writer.pdf")));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(72);
    const Result<int> written = paintBriefing(*briefing, writer);
    QVERIFY(written.ok());

    // A high-resolution printer: prepareBriefingPrinter() makes it A4, full page, 72 dpi.
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(QDir(folder).filePath(QStringLiteral("printer.pdf")));
    printer.setPageOrientation(QPageLayout::Landscape); // put right by prepareBriefingPrinter
    // Progress: once after the contents, once per part, once after painting; the last call
    // reports done == total.
    int steps = 0;
    int lastDone = 0;
    int lastTotal = -1;
    const Result<int> printed = printBriefing(*briefing, printer, [&](int done, int total) {
        lastDone = done;
        lastTotal = total;
        return ++steps > 0;
    });
    QVERIFY2(printed.ok(), printed ? "" : qPrintable(printed.error().message));
    QVERIFY(*printed > 3);
    QCOMPARE(*printed, *written);
    QCOMPARE(steps, int(briefingParts(*briefing).size()) + 2);
    QCOMPARE(lastDone, lastTotal);

    const QString text = run(QStringLiteral("pdftotext"),
                             {QDir(folder).filePath(QStringLiteral("printer.pdf")), QStringLiteral("-")});
    // pdftotext ends every page with a form feed.
    QCOMPARE(int(text.count(QLatin1Char('\f'))), *printed);
    QVERIFY(text.contains(QStringLiteral("OFFICIAL-SENSITIVE")));
    QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(*printed)));

    // A device at another resolution is refused, with nothing painted.
    QPdfWriter other(QDir(folder).filePath(QStringLiteral("other.pdf")));
    other.setPageSize(QPageSize(QPageSize::A4));
    other.setPageMargins(QMarginsF(0, 0, 0, 0));
    other.setResolution(300);
    const Result<int> refused = paintBriefing(*briefing, other);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message.contains(QStringLiteral("72 dots per inch")));
}

// The briefing is built on the GUI thread (it reads the workspace): how long that takes for a
// pack of 40 measure items (the draft pack's first measure item copied until there are 40).
void TestBriefingExport::fortyItemPackBuildTime()
{
    const Pack pack = *m_ws->packs().latestPack(m_draft);
    const PackItem *measure = nullptr;
    int measures = 0;
    for (const PackSection &section : pack.sections) {
        for (const PackItem &item : section.items) {
            if (item.kind == PackItemKind::Measure) {
                ++measures;
                if (measure == nullptr)
                    measure = &item;
            }
        }
    }
    QVERIFY(measure != nullptr);
    for (int i = measures; i < 40; ++i) {
        PackItem copy = *measure;
        copy.id = 0;
        copy.uid.clear();
        copy.title = QStringLiteral("Copy %1 of %2").arg(i).arg(measure->title);
        const auto added = m_ws->packs().insertItem(measure->sectionId, copy, 0);
        QVERIFY2(added.ok(), added ? "" : qPrintable(added.error().message));
    }
    qint64 ms = -1;
    const auto briefing = briefingEdition(*m_ws, m_draft, 0, Edition::Internal, &ms);
    QVERIFY(briefing.ok());
    QCOMPARE(int(briefing->measures.size()), 40);
    qInfo("Building the briefing of a 40-measure-item pack took %lld ms", ms);
    QVERIFY(ms >= 0);
}

QTEST_MAIN(TestBriefingExport)
#include "tst_briefingexport.moc"
