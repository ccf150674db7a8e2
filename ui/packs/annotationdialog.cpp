#include "packs/annotationdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QVBoxLayout>

#include "domain/period.h"

namespace cw {

AnnotationDialog::AnnotationDialog(const QString &title, const QString &about, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("annotationDialog"));
    setWindowTitle(title);
    m_about = new QLabel(about, this);
    m_about->setObjectName(QStringLiteral("aboutLabel"));
    m_about->setWordWrap(true);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("annotationTextEdit"));
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(tr("Your comment"));
    m_visibility = new QComboBox(this);
    m_visibility->setObjectName(QStringLiteral("annotationVisibilityCombo"));
    m_visibility->addItem(tr("Internal — MOPAC only"), toName(Visibility::Internal));
    m_visibility->addItem(tr("Publishable — may appear in the public briefing"),
                          toName(Visibility::Publishable));
    m_visibility->setCurrentIndex(0);

    m_onItem = new QRadioButton(tr("The whole &item"), this);
    m_onItem->setObjectName(QStringLiteral("onItemRadio"));
    m_onItem->setChecked(true);
    m_onPoint = new QRadioButton(tr("One &data point"), this);
    m_onPoint->setObjectName(QStringLiteral("onPointRadio"));
    m_area = new QComboBox(this);
    m_area->setObjectName(QStringLiteral("pointAreaCombo"));
    m_period = new QLineEdit(this);
    m_period->setObjectName(QStringLiteral("pointPeriodEdit"));
    m_period->setPlaceholderText(tr("e.g. 2025-01 or R12:2025-01"));
    m_pointBox = new QWidget(this);
    auto *pointForm = new QFormLayout(m_pointBox);
    pointForm->setContentsMargins(0, 0, 0, 0);
    pointForm->addRow(m_onItem);
    pointForm->addRow(m_onPoint);
    pointForm->addRow(tr("&Area"), m_area);
    pointForm->addRow(tr("&Period"), m_period);
    m_pointBox->hide();
    const auto enablePoint = [this] {
        m_area->setEnabled(m_onPoint->isChecked());
        m_period->setEnabled(m_onPoint->isChecked());
    };
    connect(m_onPoint, &QRadioButton::toggled, this, enablePoint);
    enablePoint();

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #8a1c13; padding: 6px; }"));
    m_problem->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AnnotationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AnnotationDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Visibility"), m_visibility);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_about);
    layout->addWidget(m_pointBox);
    layout->addWidget(m_text, 1);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(480, 340);
    m_text->setFocus();
}

void AnnotationDialog::offerDataPoint(const QList<QPair<QString, QString>> &areas, const QString &period)
{
    m_area->clear();
    for (const auto &[code, name] : areas)
        m_area->addItem(name, code);
    m_period->setText(period);
    m_pointBox->show();
}

QString AnnotationDialog::text() const
{
    return m_text->toPlainText().trimmed();
}

Visibility AnnotationDialog::visibility() const
{
    return visibilityFromName(m_visibility->currentData().toString()).value_or(Visibility::Internal);
}

bool AnnotationDialog::onDataPoint() const
{
    return m_pointBox->isVisibleTo(this) && m_onPoint->isChecked();
}

QString AnnotationDialog::areaCode() const
{
    return m_area->currentData().toString();
}

QString AnnotationDialog::periodKey() const
{
    const std::optional<Period> period = Period::parse(m_period->text().trimmed());
    return period ? period->key() : QString();
}

void AnnotationDialog::accept()
{
    QString why;
    if (text().isEmpty())
        why = tr("Write the comment first.");
    else if (onDataPoint() && areaCode().isEmpty())
        why = tr("Choose the area of the data point.");
    else if (onDataPoint() && periodKey().isEmpty())
        why = tr("“%1” is not a period: write e.g. 2025-01 (a month) or R12:2025-01 (the 12 months to it).")
                  .arg(m_period->text().trimmed());
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    if (why.isEmpty())
        QDialog::accept();
}

} // namespace cw
