#include <memory>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QComboBox>
#include <QPixmap>
#include <QPrintPreviewDialog>
#include <QTextStream>
#include <QTimer>
#include <QWindow>

#include "boroughs/boroughsview.h"
#include "briefing/briefingactions.h"
#include "briefing/briefingexportdialog.h"
#include "actions/actionsview.h"
#include "imports/importsview.h"
#include "imports/importwizard.h"
#include "imports/previewpage.h"
#include "mainwindow/mainwindow.h"
#include "meetings/meetingsbrowser.h"
#include "meetings/meetingsview.h"
#include "models/meetingmodel.h"
#include "models/packmodel.h"
#include "packs/packeditor.h"
#include "mainwindow/recentfiles.h"
#include "plans/planbrowser.h"
#include "scorecard/scorecardtabs.h"
#include "scorecard/scorecardview.h"
#include "util/translations.h"
#include "workspace/workspace.h"

namespace {

// Saves a picture of `window` once it is on screen and painted, then ends the event loop
// (exit code 0 when the file was written). Used by scripts/screenshots under xvfb-run.
void scheduleScreenshot(QWidget &window, const QString &path)
{
    auto *poll = new QTimer(&window);
    poll->setInterval(100);
    QObject::connect(poll, &QTimer::timeout, &window, [&window, path, poll, attempts = 0]() mutable {
        const QWindow *handle = window.windowHandle();
        if ((handle == nullptr || !handle->isExposed()) && ++attempts < 100)
            return;
        poll->stop();
        // Give the first paint and any queued layout work a moment to finish.
        QTimer::singleShot(700, &window, [&window, path] {
            QDir().mkpath(QFileInfo(path).absolutePath());
            const bool saved = window.grab().save(path);
            QTextStream err(stderr);
            if (saved)
                err << QCoreApplication::translate("main", "Saved %1").arg(QDir::toNativeSeparators(path))
                    << '\n';
            else
                err << QCoreApplication::translate("main", "Could not save the screenshot to %1")
                           .arg(QDir::toNativeSeparators(path))
                    << '\n';
            QCoreApplication::exit(saved ? 0 : 1);
        });
    });
    poll->start();
}

// The page called `name` ("plans", "imports", …), or PageCount when there is none.
cw::MainWindow::Page pageNamed(const QString &name)
{
    static const QStringList names = {QStringLiteral("plans"),    QStringLiteral("scorecard"),
                                      QStringLiteral("boroughs"), QStringLiteral("meetings"),
                                      QStringLiteral("actions"),  QStringLiteral("imports")};
    const qsizetype index = names.indexOf(name.toLower());
    return index < 0 ? cw::MainWindow::PageCount : static_cast<cw::MainWindow::Page>(index);
}

// "--page pack": the next meeting's pack, with the first item that has open annotations
// selected. False when there is no meeting.
bool showNextPack(cw::MainWindow &window)
{
    cw::MeetingsView *meetings = window.meetingsView();
    if (meetings == nullptr || meetings->browser()->model()->rowCount() == 0)
        return false;
    window.showPage(cw::MainWindow::MeetingsPage);
    const cw::MeetingModel *model = meetings->browser()->model();
    meetings->openPack(model->data(model->index(0, 0), cw::MeetingModel::IdRole).toLongLong());
    const cw::PackModel *pack = meetings->packEditor()->model();
    for (int section = 0; section < pack->rowCount(); ++section) {
        const QModelIndex parent = pack->index(section, 0);
        for (int row = 0; row < pack->rowCount(parent); ++row) {
            const QModelIndex item = pack->index(row, 0, parent);
            if (item.data(cw::PackModel::OpenAnnotationsRole).toInt() > 0) {
                meetings->packEditor()->selectItemUid(item.data(cw::PackModel::UidRole).toString());
                return true;
            }
        }
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("MOPAC"));
    QCoreApplication::setApplicationName(QStringLiteral("Challenge Workbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CWB_VERSION));
    cw::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Challenge Workbench: the Police and Crime Plan, the evidence and "
                "the challenge to the Metropolitan Police Service."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("workspace"),
                                 QCoreApplication::translate("main", "Workspace file (.cwb) to open."),
                                 QStringLiteral("[workspace]"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Save a picture of the main window to <file> once it is shown, "
                                            "then quit."),
        QStringLiteral("file"));
    const QCommandLineOption selectMeasure(
        QStringLiteral("select-measure"),
        QCoreApplication::translate("main", "Select the measure with code <code> in the plan browser (with "
                                            "--page scorecard: open it in the measure explorer)."),
        QStringLiteral("code"));
    const QCommandLineOption selectPlan(
        QStringLiteral("plan"),
        QCoreApplication::translate("main", "With --select-measure: look in the plan with code <code> only. "
                                            "With --page scorecard: show that plan's scorecard."),
        QStringLiteral("code"));
    const QCommandLineOption page(
        QStringLiteral("page"),
        QCoreApplication::translate("main",
                                    "Show the page <name>: plans, scorecard, boroughs, meetings, actions, "
                                    "imports, pack (the next meeting's scrutiny pack), review (the "
                                    "Actions page in meeting review mode), briefing-export (the export "
                                    "dialog of the next meeting's briefing, internal edition) or "
                                    "print-preview (its public edition in print preview)."),
        QStringLiteral("name"));
    const QCommandLineOption importPreview(
        QStringLiteral("import-preview"),
        QCoreApplication::translate(
            "main", "Open the import wizard on <file> at its preview page (with --screenshot: "
                    "the picture is of the wizard once the file has been read)."),
        QStringLiteral("file"));
    parser.addOptions({screenshot, selectMeasure, selectPlan, page, importPreview});
    parser.process(app);

    const QString requested = parser.positionalArguments().value(0);
    cw::MainWindow window;
    QTextStream err(stderr);

    if (parser.isSet(screenshot)) {
        // Unattended: report failures on stderr rather than in dialogs nobody can close.
        // Without a workspace the picture shows the window as it first opens.
        if (!requested.isEmpty()) {
            cw::Result<std::unique_ptr<cw::Workspace>> opened = cw::Workspace::open(requested);
            if (!opened) {
                err << opened.error().message << '\n' << opened.error().detail << '\n';
                return 1;
            }
            window.setWorkspace(std::move(opened).value());
        }
        window.resize(1366, 860);
    } else {
        window.show();
        const QString recent = cw::RecentFiles().mostRecent();
        if (!requested.isEmpty())
            window.openWorkspace(requested);
        else if (!recent.isEmpty() && QFileInfo::exists(recent))
            window.openWorkspace(recent);
    }

    if (parser.isSet(selectMeasure) && window.planBrowser() != nullptr) {
        const QString code = parser.value(selectMeasure);
        if (!window.planBrowser()->selectMeasure(code, parser.value(selectPlan)))
            err << QCoreApplication::translate("main", "No measure with code %1.").arg(code) << '\n';
    }

    // "review": the Actions page in meeting review mode on the latest meeting held.
    const bool review = parser.value(page).compare(QLatin1String("review"), Qt::CaseInsensitive) == 0;
    if (review && window.actionsView() != nullptr) {
        window.showPage(cw::MainWindow::ActionsPage);
        if (!window.actionsView()->startReview())
            err << QCoreApplication::translate("main", "There is no meeting to review.") << '\n';
    }
    // "briefing-export", "print-preview": a dialog over the Meetings page, on the next meeting.
    const bool exportPage =
        parser.value(page).compare(QLatin1String("briefing-export"), Qt::CaseInsensitive) == 0;
    const bool previewPage =
        parser.value(page).compare(QLatin1String("print-preview"), Qt::CaseInsensitive) == 0;
    if ((exportPage || previewPage) && window.meetingsView() != nullptr)
        window.showPage(cw::MainWindow::MeetingsPage);
    if (parser.isSet(page) && parser.value(page).compare(QLatin1String("pack"), Qt::CaseInsensitive) == 0) {
        if (!showNextPack(window))
            err << QCoreApplication::translate("main", "The workspace has no meetings.") << '\n';
    } else if (parser.isSet(page) && !review && !exportPage && !previewPage) {
        const cw::MainWindow::Page shown = pageNamed(parser.value(page));
        if (shown == cw::MainWindow::PageCount)
            err << QCoreApplication::translate("main", "There is no page called %1.").arg(parser.value(page))
                << '\n';
        else
            window.showPage(shown);
        if (shown == cw::MainWindow::ScorecardPage && window.scorecardTabs() != nullptr) {
            cw::ScorecardTabs *tabs = window.scorecardTabs();
            if (parser.isSet(selectPlan) && !tabs->scorecard()->selectPlan(parser.value(selectPlan)))
                err << QCoreApplication::translate("main", "No plan with code %1.")
                           .arg(parser.value(selectPlan))
                    << '\n';
            if (parser.isSet(selectMeasure) && !tabs->exploreMeasure(parser.value(selectMeasure)))
                err << QCoreApplication::translate("main", "No measure with code %1 on the scorecard.")
                           .arg(parser.value(selectMeasure))
                    << '\n';
        }
    }

    if (parser.isSet(page) && pageNamed(parser.value(page)) == cw::MainWindow::BoroughsPage &&
        window.boroughsView() != nullptr) {
        cw::BoroughsView *boroughs = window.boroughsView();
        if (parser.isSet(selectPlan) && !boroughs->selectPlan(parser.value(selectPlan)))
            err << QCoreApplication::translate("main", "No plan with code %1.").arg(parser.value(selectPlan))
                << '\n';
        if (parser.isSet(selectMeasure) && !boroughs->selectMeasure(parser.value(selectMeasure)))
            err << QCoreApplication::translate("main", "No measure with code %1 in the plan.")
                       .arg(parser.value(selectMeasure))
                << '\n';
    }

    if (parser.isSet(screenshot))
        window.show();
    cw::ImportWizard *wizard = nullptr;
    if (parser.isSet(importPreview) && window.importsView() != nullptr) {
        const QFileInfo file(parser.value(importPreview));
        if (!file.isFile()) {
            err << QCoreApplication::translate("main", "There is no file %1.")
                       .arg(QDir::toNativeSeparators(file.filePath()))
                << '\n';
            return 1;
        }
        window.showPage(cw::MainWindow::ImportsPage);
        wizard = window.importsView()->openWizard({file.absoluteFilePath()});
        wizard->next();
    }
    QWidget *briefingDialog = nullptr;
    if ((exportPage || previewPage) && window.meetingsView() != nullptr) {
        cw::BriefingActions *briefing = window.meetingsView()->briefingActions();
        if (exportPage) {
            if (cw::BriefingExportDialog *dialog = briefing->exportBriefing()) {
                dialog->editionCombo()->setCurrentIndex(
                    dialog->editionCombo()->findData(int(cw::Edition::Internal)));
                briefingDialog = dialog;
            }
        } else {
            briefingDialog = briefing->printPreview(cw::Edition::Public);
        }
        if (briefingDialog == nullptr)
            err << QCoreApplication::translate("main", "The next meeting has no pack.") << '\n';
    }
    if (parser.isSet(screenshot)) {
        if (briefingDialog != nullptr) {
            scheduleScreenshot(*briefingDialog, parser.value(screenshot));
        } else if (wizard != nullptr) {
            // The picture is of the wizard, once every file has been read.
            QObject::connect(
                wizard->previewPage(), &cw::PreviewPage::previewsFinished, wizard,
                [wizard, path = parser.value(screenshot)] { scheduleScreenshot(*wizard, path); });
        } else {
            scheduleScreenshot(window, parser.value(screenshot));
        }
    }
    return app.exec();
}
