#include "briefing/briefingexportdialog.h"

#include "briefing/briefingsource.h"
#include "domain/meeting.h"
#include "domain/pack.h"
#include "report/briefingodt.h"
#include "report/briefingpdf.h"
#include "services/meetingservice.h"
#include "services/packservice.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QThread>
#include <QTimeZone>
#include <QVBoxLayout>

namespace cw {

namespace {

const QString lastFolderKey = QStringLiteral("briefingExport/lastFolder");

QString lastFolder()
{
    const QString saved = QSettings().value(lastFolderKey).toString();
    if (!saved.isEmpty() && QFileInfo(saved).isDir())
        return saved;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return !documents.isEmpty() && QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

// The meeting's day in London and its kind: "2026-11-20 London Policing Board".
QString meetingName(const Meeting &meeting)
{
    const QTimeZone london(QByteArrayLiteral("Europe/London"));
    const QDateTime at = london.isValid() ? meeting.startsAt.toTimeZone(london) : meeting.startsAt.toUTC();
    QString name = at.date().toString(Qt::ISODate) + u' ' + displayName(meeting.kind);
    // Characters no file system takes.
    static const QRegularExpression unsafe(QStringLiteral(R"([/\\:*?"<>|])"));
    return name.replace(unsafe, QStringLiteral("-"));
}

} // namespace

BriefingExportDialog::BriefingExportDialog(Workspace &workspace, qint64 meetingId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_meetingId(meetingId)
{
    setObjectName(QStringLiteral("briefingExportDialog"));
    setWindowTitle(tr("Export briefing"));
    const Result<Meeting> meeting = workspace.meetings().meeting(meetingId);
    m_meetingName = meeting ? meetingName(*meeting) : tr("Briefing");

    auto *heading = new QLabel(this);
    heading->setObjectName(QStringLiteral("briefingMeetingLabel"));
    heading->setWordWrap(true);
    heading->setText(
        meeting ? tr("<b>%1</b><br>%2")
                      .arg(displayName(meeting->kind).toHtmlEscaped(),
                           (meeting->title.isEmpty() ? QString() : meeting->title + QStringLiteral(" · ")) +
                               QLocale(QLocale::English, QLocale::UnitedKingdom)
                                   .toString(meeting->startsAt.toUTC().date(), QStringLiteral("d MMMM yyyy")))
                : tr("There is no meeting %1.").arg(meetingId));

    m_edition = new QComboBox(this);
    m_edition->setObjectName(QStringLiteral("editionCombo"));
    m_edition->addItem(tr("Public (OFFICIAL) — publishable material only"), int(Edition::Public));
    m_edition->addItem(tr("Internal (OFFICIAL-SENSITIVE) — everything in the pack"), int(Edition::Internal));
    m_edition->setToolTip(tr("The public edition leaves out every internal item, line of enquiry and "
                             "annotation; the internal edition holds everything."));
    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("editionWarning"));
    m_warning->setWordWrap(true);

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("formatCombo"));
    m_format->addItem(tr("PDF (for reading, printing and publishing)"), QStringLiteral("pdf"));
    m_format->addItem(tr("ODT (OpenDocument text, to edit in a word processor)"), QStringLiteral("odt"));

    m_version = new QComboBox(this);
    m_version->setObjectName(QStringLiteral("versionCombo"));
    const Result<QList<PackVersion>> versions = workspace.packs().versions(meetingId);
    const int preferred = versions ? defaultBriefingVersion(*versions) : 0;
    if (versions) {
        for (const PackVersion &v : *versions) {
            QString text = tr("Version %1 — %2").arg(v.version).arg(displayName(v.status));
            if (v.status == PackStatus::Approved && v.approvedAt.isValid())
                text += tr(" on %1").arg(
                    QLocale(QLocale::English, QLocale::UnitedKingdom)
                        .toString(v.approvedAt.toUTC().date(), QStringLiteral("d MMM yyyy")));
            m_version->addItem(text, v.version);
            m_version->setItemData(m_version->count() - 1, int(v.status), Qt::UserRole + 1);
        }
    }
    m_version->setCurrentIndex(qMax(0, m_version->findData(preferred)));
    m_draft = new QLabel(this);
    m_draft->setObjectName(QStringLiteral("draftLabel"));
    m_draft->setWordWrap(true);
    m_draft->setStyleSheet(QStringLiteral("QLabel { color: #8a5a00; }"));

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("outputPathEdit"));
    m_path->setMinimumWidth(420);
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("browseButton"));
    connect(m_browse, &QPushButton::clicked, this, &BriefingExportDialog::browse);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);

    // A grid rather than a form: wrapped labels get the height their width needs.
    auto *form = new QGridLayout;
    form->setColumnStretch(1, 1);
    int row = 0;
    const auto addRow = [&](const QString &text, QWidget *buddy, QLayout *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(buddy);
        form->addWidget(label, row, 0);
        form->addLayout(field, row++, 1);
    };
    const auto single = [](QWidget *widget) {
        auto *box = new QHBoxLayout;
        box->setContentsMargins(0, 0, 0, 0);
        box->addWidget(widget);
        return box;
    };
    addRow(tr("&Edition:"), m_edition, single(m_edition));
    form->addWidget(m_warning, row++, 1);
    addRow(tr("&Format:"), m_format, single(m_format));
    addRow(tr("Pack &version:"), m_version, single(m_version));
    form->addWidget(m_draft, row++, 1);
    addRow(tr("&Save as:"), m_path, pathRow);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("exportError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #8a1c13; padding: 6px; }"));
    m_error->hide();

    m_buttons = new QDialogButtonBox(this);
    m_exportButton = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setDefault(true);
    m_closeButton = m_buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    connect(m_exportButton, &QPushButton::clicked, this, &BriefingExportDialog::startExport);
    connect(m_closeButton, &QPushButton::clicked, this, &BriefingExportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(660);

    connect(m_edition, &QComboBox::currentIndexChanged, this, [this] {
        updateEdition();
        updateFileName();
    });
    connect(m_format, &QComboBox::currentIndexChanged, this, &BriefingExportDialog::updateFileName);
    connect(m_version, &QComboBox::currentIndexChanged, this, &BriefingExportDialog::updateVersion);
    updateEdition();
    updateVersion();
    updateFileName();
    if (m_version->count() == 0) {
        m_exportButton->setEnabled(false);
        showError(Error{tr("This meeting has no pack yet: create it in the pack editor first.")});
    }
}

BriefingExportDialog::~BriefingExportDialog()
{
    if (m_thread != nullptr) {
        m_cancel->store(true);
        m_thread->wait();
        delete m_thread;
    }
}

Edition BriefingExportDialog::edition() const
{
    return Edition(m_edition->currentData().toInt());
}

bool BriefingExportDialog::isOdt() const
{
    return m_format->currentData().toString() == QLatin1String("odt");
}

int BriefingExportDialog::packVersion() const
{
    return m_version->currentData().toInt();
}

QString BriefingExportDialog::outputPath() const
{
    return m_path->text().trimmed();
}

QString BriefingExportDialog::defaultFileName() const
{
    return m_meetingName + QStringLiteral(" - ") + toName(edition()) +
           (isOdt() ? QStringLiteral(".odt") : QStringLiteral(".pdf"));
}

void BriefingExportDialog::updateEdition()
{
    if (edition() == Edition::Internal) {
        m_warning->setText(tr("<b>OFFICIAL-SENSITIVE.</b> The internal edition holds everything in the pack, "
                              "internal items, lines of enquiry and annotations included. It is for the "
                              "Deputy Mayor and MOPAC officers: do not publish it or send it outside "
                              "MOPAC, and store it as OFFICIAL-SENSITIVE."));
        m_warning->setStyleSheet(
            QStringLiteral("QLabel { background: #fdecea; color: #8a1c13; border: 1px solid #e0a39c; "
                           "padding: 6px; }"));
    } else {
        m_warning->setText(tr("<b>OFFICIAL.</b> Publishable material only: internal items, internal lines "
                              "of enquiry and commentary, and the annotations are left out."));
        m_warning->setStyleSheet(
            QStringLiteral("QLabel { background: #e8f1fb; color: #1f3a68; padding: 6px; }"));
    }
    fitHeight();
}

void BriefingExportDialog::fitHeight()
{
    // Wrapped notes change height with their text: grow the dialog so none is cut off.
    layout()->activate();
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > height())
        resize(width(), needed);
}

void BriefingExportDialog::updateVersion()
{
    const int status = m_version->currentData(Qt::UserRole + 1).toInt();
    if (m_version->count() == 0 || status == int(PackStatus::Approved)) {
        m_draft->hide();
        return;
    }
    m_draft->setText(tr("Version %1 is not approved (%2): this is a <b>draft</b> briefing. Its cover says "
                        "so, and its numbers follow the current data.")
                         .arg(packVersion())
                         .arg(displayName(PackStatus(status)).toLower()));
    m_draft->show();
    fitHeight();
}

void BriefingExportDialog::updateFileName()
{
    const QString name = defaultFileName();
    const QFileInfo current(outputPath());
    if (outputPath().isEmpty())
        m_path->setText(QDir(lastFolder()).filePath(name));
    else if (current.fileName() == m_proposed) // still ours: follow the edition and format
        m_path->setText(current.dir().filePath(name));
    m_proposed = name;
}

void BriefingExportDialog::browse()
{
    const QString filter = isOdt() ? tr("OpenDocument text (*.odt)") : tr("PDF documents (*.pdf)");
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export briefing as"), outputPath(), filter);
    if (chosen.isEmpty())
        return;
    m_path->setText(QDir::toNativeSeparators(chosen));
    QSettings().setValue(lastFolderKey, QFileInfo(chosen).absolutePath());
}

void BriefingExportDialog::showError(const Error &error)
{
    QString text = QStringLiteral("<b>") + error.message.toHtmlEscaped() + QStringLiteral("</b>");
    if (!error.detail.isEmpty())
        text += QStringLiteral("<br>") + error.detail.toHtmlEscaped();
    m_error->setText(text);
    m_error->show();
    fitHeight();
}

void BriefingExportDialog::setRunning(bool running)
{
    for (QWidget *w : {static_cast<QWidget *>(m_edition), static_cast<QWidget *>(m_format),
                       static_cast<QWidget *>(m_version), static_cast<QWidget *>(m_path),
                       static_cast<QWidget *>(m_browse), static_cast<QWidget *>(m_exportButton)})
        w->setEnabled(!running);
    m_closeButton->setText(running ? tr("&Cancel") : tr("&Close"));
    m_progress->setVisible(running);
    fitHeight();
    if (running) {
        m_progress->setRange(0, 0); // busy until the first step
        m_progress->setFormat(tr("Building the briefing…"));
    }
}

void BriefingExportDialog::startExport()
{
    if (isRunning() || m_version->count() == 0)
        return;
    m_error->hide();
    const QString path = outputPath();
    const QFileInfo file(path);
    if (path.isEmpty()) {
        showError(Error{tr("Choose the file to export to.")});
        return;
    }
    const QFileInfo folder(file.absolutePath());
    if (folder.exists() && !folder.isDir()) {
        showError(Error{tr("%1 is a file, not a folder.").arg(QDir::toNativeSeparators(folder.filePath())),
                        tr("Choose an existing folder with Browse…")});
        return;
    }
    if (!file.absoluteDir().exists()) {
        showError(
            Error{tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(file.absolutePath())),
                  tr("Choose an existing folder with Browse…")});
        return;
    }
    if (file.isDir()) {
        showError(Error{tr("%1 is a folder, not a file.").arg(QDir::toNativeSeparators(path))});
        return;
    }
    setRunning(true);
    repaint(); // "Building the briefing…" while the workspace is read
    const Result<Briefing> briefing =
        briefingEdition(m_workspace, m_meetingId, packVersion(), edition(), &m_buildMs);
    if (!briefing) {
        setRunning(false);
        showError(briefing.error());
        Q_EMIT failed(briefing.error());
        return;
    }
    QSettings().setValue(lastFolderKey, file.absolutePath());
    m_progress->setFormat(tr("Writing %p%…"));
    m_writing = file.absoluteFilePath();
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_result = std::make_shared<Result<void>>();
    // The renderer reads only the Briefing (a copy owned by the worker): no database, no
    // widgets. Progress comes back as queued calls; the destructor waits for the thread, so
    // they never reach a deleted dialog.
    const auto progress = [this, cancel = m_cancel](int done, int total) {
        QMetaObject::invokeMethod(
            this,
            [this, done, total] {
                m_progress->setRange(0, total);
                m_progress->setValue(done);
            },
            Qt::QueuedConnection);
        return !cancel->load();
    };
    m_thread =
        QThread::create([edited = *briefing, target = m_writing, odt = isOdt(), result = m_result, progress] {
            *result =
                odt ? writeBriefingOdt(edited, target, progress) : writeBriefingPdf(edited, target, progress);
        });
    m_thread->setObjectName(QStringLiteral("briefingExport"));
    connect(m_thread, &QThread::finished, this, &BriefingExportDialog::finish);
    m_thread->start();
}

void BriefingExportDialog::cancelExport()
{
    if (m_thread == nullptr)
        return;
    m_cancel->store(true);
    m_progress->setFormat(tr("Cancelling…"));
}

void BriefingExportDialog::finish()
{
    if (m_thread == nullptr)
        return;
    m_thread->wait();
    m_thread->deleteLater();
    m_thread = nullptr;
    const bool cancelled = m_cancel->load();
    setRunning(false);
    if (!*m_result) {
        if (cancelled) {
            m_error->setText(tr("The export was cancelled: nothing was written."));
            m_error->show();
            fitHeight();
            return;
        }
        showError(m_result->error());
        Q_EMIT failed(m_result->error());
        return;
    }
    Q_EMIT exported(m_writing);
    accept();
}

void BriefingExportDialog::reject()
{
    if (isRunning()) {
        cancelExport();
        return;
    }
    QDialog::reject();
}

} // namespace cw
