// The import wizard driven the way a person uses it: files in, preview checked, Import
// clicked, the worker waited for; results checked in the service. Also the Imports page's
// "Remove batch…" with its confirmation.
#include <memory>

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QStandardPaths>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include "imports/filespage.h"
#include "mainwindow/mainwindow.h"
#include "imports/importsview.h"
#include "imports/importwizard.h"
#include "imports/previewpage.h"
#include "imports/runpage.h"
#include "models/batchmodel.h"
#include "services/importservice.h"
#include "workspace/workspace.h"

using namespace cw;

namespace {

const QByteArray kRobbery = "indicator,area,period,value\n"
                            "test:Robbery,E09000007,2024-01,12\n"
                            "test:Robbery,E09000007,2024-02,15\n"
                            "test:Robbery,E09000033,2024-01,30\n";
// Line 3, column 3 (period) is not a period.
const QByteArray kOneBadRow = "indicator,area,period,value\n"
                              "test:Theft,E09000007,2024-01,5\n"
                              "test:Theft,E09000007,2024-13,6\n"
                              "test:Theft,E09000007,2024-03,7\n";

constexpr int kWorkerTimeout = 60000;

} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void importsATidyFile();
    void previewListsEveryProblemAndImportRejects();
    void skipInvalidRowsImportsTheValidOnes();
    void cancelBeforeStartWritesNothing();
    void cancelWhileReadingWritesNothing();
    void importsViewRemovesABatchAfterConfirmation();
    void filesDroppedOnTheMainWindowOpenTheWizard();

private:
    QString writeFixture(const QString &name, const QByteArray &contents);
    QString writeBigFixture();
    std::unique_ptr<ImportWizard> openWizard(const QStringList &files);
    void next(ImportWizard &wizard, QWizard::WizardButton button);
    void waitForPreview(ImportWizard &wizard);
    void waitForRun(ImportWizard &wizard);
    QList<SeriesPoint> series(const QString &indicator, const QString &area) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
};

void TestImportWizard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto created = Workspace::create(m_dir->filePath(QStringLiteral("test.cwb")));
    QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message));
    m_ws = std::move(created).value();
}

void TestImportWizard::cleanup()
{
    m_ws.reset();
    m_dir.reset();
}

QString TestImportWizard::writeFixture(const QString &name, const QByteArray &contents)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(contents) != contents.size())
        qFatal("Could not write the fixture %s", qPrintable(path));
    return path;
}

std::unique_ptr<ImportWizard> TestImportWizard::openWizard(const QStringList &files)
{
    auto wizard = std::make_unique<ImportWizard>(*m_ws);
    wizard->addFiles(files);
    wizard->show();
    if (!QTest::qWaitForWindowExposed(wizard.get()))
        qWarning("The wizard was not shown");
    return wizard;
}

void TestImportWizard::next(ImportWizard &wizard, QWizard::WizardButton which)
{
    QAbstractButton *button = wizard.button(which);
    QVERIFY(button != nullptr);
    QVERIFY(button->isVisible());
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

void TestImportWizard::waitForPreview(ImportWizard &wizard)
{
    QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPageId));
    QTRY_VERIFY_WITH_TIMEOUT(wizard.previewPage()->previewsDone(), kWorkerTimeout);
}

void TestImportWizard::waitForRun(ImportWizard &wizard)
{
    QCOMPARE(wizard.currentId(), int(ImportWizard::RunPageId));
    QTRY_VERIFY_WITH_TIMEOUT(wizard.runPage()->isComplete(), kWorkerTimeout);
    QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
}

QList<SeriesPoint> TestImportWizard::series(const QString &indicator, const QString &area) const
{
    const Result<QList<SeriesPoint>> points = m_ws->imports().series(indicator, area);
    if (!points) {
        qWarning("%s", qPrintable(points.error().message));
        return {};
    }
    return *points;
}

void TestImportWizard::importsATidyFile()
{
    const QString path = writeFixture(QStringLiteral("robbery.csv"), kRobbery);
    BatchModel model(m_ws->imports()); // follows the main thread's service
    QSignalSpy announced(&m_ws->imports(), &ImportService::batchAdded);

    auto wizard = openWizard({path});
    QCOMPARE(wizard->objectName(), QStringLiteral("importWizard"));
    QCOMPARE(wizard->currentId(), int(ImportWizard::FilesPageId));
    QCOMPARE(wizard->findChild<QTableWidget *>(QStringLiteral("fileTable"))->rowCount(), 1);
    next(*wizard, QWizard::NextButton);
    waitForPreview(*wizard);

    // The figures the file gives, sorted by indicator, area and period.
    auto *figures = wizard->findChild<QTableWidget *>(QStringLiteral("figuresTable"));
    QVERIFY(figures != nullptr);
    QCOMPARE(figures->rowCount(), 3);
    QCOMPARE(figures->item(0, 0)->text(), QStringLiteral("test:Robbery"));
    QCOMPARE(figures->item(0, 1)->text(), QStringLiteral("E09000007"));
    QCOMPARE(figures->item(0, 2)->text(), QStringLiteral("2024-01"));
    QCOMPARE(figures->item(0, 3)->text(), QStringLiteral("12"));
    QCOMPARE(figures->item(2, 1)->text(), QStringLiteral("E09000033"));
    QCOMPARE(figures->item(2, 3)->text(), QStringLiteral("30"));
    // The raw records as read, and no problems.
    auto *raw = wizard->findChild<QTableWidget *>(QStringLiteral("rawTable"));
    QCOMPARE(raw->rowCount(), 3);
    QCOMPARE(raw->columnCount(), 4);
    QCOMPARE(raw->item(0, 3)->text(), QStringLiteral("12"));
    QCOMPARE(raw->verticalHeaderItem(0)->text(), QStringLiteral("2"));
    QCOMPARE(wizard->findChild<QTableWidget *>(QStringLiteral("errorTable"))->rowCount(), 0);
    QVERIFY(wizard->findChild<QLabel *>(QStringLiteral("previewDetails"))
                ->text()
                .contains(QStringLiteral("Tidy CSV")));
    QVERIFY(m_ws->imports().batches()->isEmpty()); // nothing written by the preview

    next(*wizard, QWizard::CommitButton);
    waitForRun(*wizard);

    const Result<QList<Batch>> batches = m_ws->imports().batches();
    QVERIFY(batches.ok());
    QCOMPARE(batches->size(), 1);
    QCOMPARE(batches->constFirst().label, QStringLiteral("robbery.csv"));
    QCOMPARE(batches->constFirst().rowsRead, 3);
    const QList<SeriesPoint> points = series(QStringLiteral("test:Robbery"), QStringLiteral("E09000007"));
    QCOMPARE(points.size(), 2);
    QCOMPARE(points.at(0).period, QStringLiteral("2024-01"));
    QCOMPARE(points.at(0).value, 12.0);
    QCOMPARE(points.at(1).value, 15.0);

    // The main thread's service announced the batch the worker wrote, and models followed.
    QCOMPARE(announced.size(), 1);
    QCOMPARE(announced.at(0).at(0).toLongLong(), batches->constFirst().id);
    QCOMPARE(model.rowCount(), 1);
    auto *results = wizard->findChild<QTableWidget *>(QStringLiteral("resultTable"));
    QCOMPARE(results->item(0, RunPage::StatusColumn)->text(), QStringLiteral("Imported"));

    next(*wizard, QWizard::FinishButton);
    QCOMPARE(wizard->result(), int(QDialog::Accepted));
}

void TestImportWizard::previewListsEveryProblemAndImportRejects()
{
    const QString path = writeFixture(QStringLiteral("theft.csv"), kOneBadRow);
    auto wizard = openWizard({path});
    next(*wizard, QWizard::NextButton);
    waitForPreview(*wizard);

    auto *errors = wizard->findChild<QTableWidget *>(QStringLiteral("errorTable"));
    QCOMPARE(errors->rowCount(), 1);
    QCOMPARE(errors->item(0, PreviewPage::ErrorFileColumn)->text(), QStringLiteral("theft.csv"));
    QCOMPARE(errors->item(0, PreviewPage::ErrorLineColumn)->text(), QStringLiteral("3"));
    QCOMPARE(errors->item(0, PreviewPage::ErrorFieldColumn)->text(), QStringLiteral("3 (period)"));
    QVERIFY(errors->item(0, PreviewPage::ErrorMessageColumn)->text().contains(QStringLiteral("2024-13")));
    const QString verdict = wizard->findChild<QLabel *>(QStringLiteral("previewVerdict"))->text();
    QVERIFY2(verdict.contains(QStringLiteral("will be rejected")), qPrintable(verdict));
    QVERIFY(verdict.contains(QStringLiteral("Skip invalid rows")));

    next(*wizard, QWizard::CommitButton);
    waitForRun(*wizard);
    const std::optional<ImportReport> &report = wizard->runPage()->reports().at(0);
    QVERIFY(report.has_value());
    QCOMPARE(report->status, ImportReport::Status::Rejected);
    auto *results = wizard->findChild<QTableWidget *>(QStringLiteral("resultTable"));
    QCOMPARE(results->item(0, RunPage::StatusColumn)->text(), QStringLiteral("Rejected"));
    QVERIFY(m_ws->imports().batches()->isEmpty());
    QVERIFY(series(QStringLiteral("test:Theft"), QStringLiteral("E09000007")).isEmpty());
}

void TestImportWizard::skipInvalidRowsImportsTheValidOnes()
{
    const QString path = writeFixture(QStringLiteral("theft.csv"), kOneBadRow);
    auto wizard = openWizard({path});
    auto *skip = wizard->findChild<QCheckBox *>(QStringLiteral("skipInvalidCheck"));
    QVERIFY(skip != nullptr);
    // On the box itself: the check box spans the page, its label does not.
    QTest::mouseClick(skip, Qt::LeftButton, {}, QPoint(8, skip->height() / 2));
    QVERIFY(skip->isChecked());
    next(*wizard, QWizard::NextButton);
    waitForPreview(*wizard);
    const QString verdict = wizard->findChild<QLabel *>(QStringLiteral("previewVerdict"))->text();
    QVERIFY2(verdict.contains(QStringLiteral("left out")), qPrintable(verdict));

    next(*wizard, QWizard::CommitButton);
    waitForRun(*wizard);
    const Result<QList<Batch>> batches = m_ws->imports().batches();
    QCOMPARE(batches->size(), 1);
    const Result<Batch> batch = m_ws->imports().batch(batches->constFirst().id);
    QVERIFY(batch.ok());
    QCOMPARE(batch->rowsAccepted, 2);
    QCOMPARE(batch->rowsRejected, 1);
    QCOMPARE(batch->skippedRows.size(), 1);
    QCOMPARE(batch->skippedRows.at(0).line, 3);
    QCOMPARE(batch->skippedRows.at(0).column, 3);
    const QList<SeriesPoint> points = series(QStringLiteral("test:Theft"), QStringLiteral("E09000007"));
    QCOMPARE(points.size(), 2);
    QCOMPARE(points.at(0).value, 5.0);
    QCOMPARE(points.at(1).period, QStringLiteral("2024-03"));
    QCOMPARE(points.at(1).value, 7.0);
}

QString TestImportWizard::writeBigFixture()
{
    // Big enough (500,000 rows, 17 MB) that the worker is still reading when Cancel is clicked;
    // reading stops at the parser's next progress report (every 4 MB).
    QByteArray big = "indicator,area,period,value\n";
    big.reserve(18 * 1000 * 1000);
    for (int i = 0; i < 500000; ++i) {
        big += "test:Big" + QByteArray::number(i / 96) + ",E09000007," +
               QByteArray::number(2000 + (i % 96) / 12) + '-' +
               QByteArray::number(1 + i % 12).rightJustified(2, '0') + ",1\n";
    }
    return writeFixture(QStringLiteral("big.csv"), big);
}

void TestImportWizard::cancelBeforeStartWritesNothing()
{
    auto wizard = openWizard({writeBigFixture(), writeFixture(QStringLiteral("robbery.csv"), kRobbery)});
    next(*wizard, QWizard::NextButton);
    QCOMPARE(wizard->currentId(), int(ImportWizard::PreviewPageId));
    // Import without waiting for the preview, and cancel at once.
    next(*wizard, QWizard::CommitButton);
    auto *cancel = wizard->findChild<QPushButton *>(QStringLiteral("cancelButton"));
    QVERIFY(cancel != nullptr);
    QTest::mouseClick(cancel, Qt::LeftButton);
    waitForRun(*wizard);

    const auto &reports = wizard->runPage()->reports();
    QCOMPARE(reports.size(), 2);
    QCOMPARE(reports.at(0)->status, ImportReport::Status::Cancelled);
    QCOMPARE(reports.at(1)->status, ImportReport::Status::Cancelled);
    QVERIFY(m_ws->imports().batches()->isEmpty());
    QVERIFY(series(QStringLiteral("test:Robbery"), QStringLiteral("E09000007")).isEmpty());
}

void TestImportWizard::cancelWhileReadingWritesNothing()
{
    auto wizard = openWizard({writeBigFixture()});
    next(*wizard, QWizard::NextButton);
    next(*wizard, QWizard::CommitButton);
    auto *results = wizard->findChild<QTableWidget *>(QStringLiteral("resultTable"));
    // The GUI stays responsive: it hears that the worker has started reading.
    QTRY_VERIFY_WITH_TIMEOUT(results->item(0, RunPage::StatusColumn)->text() == QStringLiteral("Reading…") ||
                                 wizard->runPage()->isComplete(),
                             kWorkerTimeout);
    QVERIFY2(!wizard->runPage()->isComplete(), "the file was read before it could be cancelled");
    QTest::mouseClick(wizard->findChild<QPushButton *>(QStringLiteral("cancelButton")), Qt::LeftButton);
    waitForRun(*wizard);
    QCOMPARE(wizard->runPage()->reports().at(0)->status, ImportReport::Status::Cancelled);
    QCOMPARE(results->item(0, RunPage::StatusColumn)->text(), QStringLiteral("Cancelled"));
    QVERIFY(m_ws->imports().batches()->isEmpty());
    QVERIFY(series(QStringLiteral("test:Big0"), QStringLiteral("E09000007")).isEmpty());
}

void TestImportWizard::importsViewRemovesABatchAfterConfirmation()
{
    ImportsView view(*m_ws);
    view.resize(1100, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *stack = view.findChild<QStackedWidget *>();
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("importsEmptyState"));

    ImportOptions options;
    const ImportReport report =
        m_ws->imports().importFile(writeFixture(QStringLiteral("robbery.csv"), kRobbery), options);
    QCOMPARE(report.status, ImportReport::Status::Imported);
    QCOMPARE(view.table()->model()->rowCount(), 1);
    QCOMPARE(view.selectedBatchId(), report.batchId); // its report is shown
    QVERIFY(view.findChild<QLabel *>(QStringLiteral("batchSha256"))->text().size() == 64);

    auto *remove = view.findChild<QPushButton *>(QStringLiteral("removeBatchButton"));
    QVERIFY(remove->isEnabled());

    // First answer Cancel: nothing changes.
    QTimer::singleShot(0, this, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box != nullptr);
        QVERIFY(box->informativeText().contains(QStringLiteral("current before")));
        box->button(QMessageBox::Cancel)->click();
    });
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(m_ws->imports().batches()->size(), 1);

    // Then confirm.
    QTimer::singleShot(0, this, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box != nullptr);
        auto *confirm = box->findChild<QPushButton *>(QStringLiteral("confirmRemoveButton"));
        QVERIFY(confirm != nullptr);
        confirm->click();
    });
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(m_ws->imports().batches()->isEmpty());
    QVERIFY(series(QStringLiteral("test:Robbery"), QStringLiteral("E09000007")).isEmpty());
    QCOMPARE(view.table()->model()->rowCount(), 0);
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("importsEmptyState"));
}

void TestImportWizard::filesDroppedOnTheMainWindowOpenTheWizard()
{
    QStandardPaths::setTestModeEnabled(true); // keep the recent-files list out of the user's settings
    const QString path = writeFixture(QStringLiteral("robbery.csv"), kRobbery);
    MainWindow window;
    window.setWorkspace(std::move(m_ws));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    const QPoint centre = window.rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    QVERIFY(drop.isAccepted());

    auto *wizard = window.findChild<ImportWizard *>(QStringLiteral("importWizard"));
    QVERIFY(wizard != nullptr);
    QTRY_VERIFY(wizard->isVisible());
    const QList<ImportJob> jobs = wizard->filesPage()->jobs();
    QCOMPARE(jobs.size(), 1);
    QCOMPARE(jobs.at(0).path, QFileInfo(path).absoluteFilePath());
    QCOMPARE(jobs.at(0).format, QString()); // detect automatically
    wizard->reject();
    window.closeWorkspace();
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
