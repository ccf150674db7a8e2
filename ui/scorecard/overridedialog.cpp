#include "scorecard/overridedialog.h"

#include "models/statusstyle.h"
#include "services/scorecardservice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cw {

OverrideDialog::OverrideDialog(const ScorecardRow &row, Mode mode, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("overrideDialog"));
    setWindowTitle(mode == Mode::Override ? tr("Override status of %1").arg(row.measure.code)
                                          : tr("Clear override of %1").arg(row.measure.code));

    auto *form = new QFormLayout;
    auto *measure =
        new QLabel(tr("%1 — %2 (%3)").arg(row.measure.code, row.measure.title, row.areaCode), this);
    measure->setWordWrap(true);
    form->addRow(tr("Measure:"), measure);
    auto *computed =
        new QLabel(tr("%1 — %2").arg(StatusStyle::text(row.status.status), row.status.reason), this);
    computed->setObjectName(QStringLiteral("computedStatus"));
    computed->setWordWrap(true);
    form->addRow(tr("Calculated status:"), computed);
    if (row.statusOverride) {
        auto *current = new QLabel(
            tr("%1, by %2 on %3: %4")
                .arg(StatusStyle::text(row.status.effectiveStatus()), row.statusOverride->author,
                     QLocale().toString(row.statusOverride->at.toLocalTime(), QLocale::ShortFormat),
                     row.statusOverride->note),
            this);
        current->setWordWrap(true);
        form->addRow(tr("Override in force:"), current);
    }
    if (mode == Mode::Override) {
        m_status = new QComboBox(this);
        m_status->setObjectName(QStringLiteral("overrideStatus"));
        for (const TrajectoryStatus status : StatusStyle::all())
            m_status->addItem(StatusStyle::text(status), toName(status));
        // Start from the status in force: the officer changes it deliberately.
        m_status->setCurrentIndex(std::max(0, m_status->findData(toName(row.status.effectiveStatus()))));
        form->addRow(tr("&Status:"), m_status);
    }
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("overrideNote"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(mode == Mode::Override
                                   ? tr("Why the calculated status does not tell the story (required)")
                                   : tr("Why the override no longer applies (required)"));
    form->addRow(tr("&Note:"), m_note);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(mode == Mode::Override ? tr("Override") : tr("Clear override"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("overrideOk"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_note, &QPlainTextEdit::textChanged, this, &OverrideDialog::updateOk);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    resize(520, sizeHint().height());
    updateOk();
    m_note->setFocus();
}

QString OverrideDialog::statusName() const
{
    return m_status ? m_status->currentData().toString() : QString();
}

QString OverrideDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

void OverrideDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!note().isEmpty());
}

} // namespace cw
