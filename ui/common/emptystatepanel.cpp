#include "common/emptystatepanel.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace cw {

EmptyStatePanel::EmptyStatePanel(const QString &title, const QString &explanation, QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(title, this))
    , m_explanation(new QLabel(explanation, this))
{
    m_title->setObjectName(QStringLiteral("emptyStateTitle"));
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_explanation->setObjectName(QStringLiteral("emptyStateExplanation"));
    m_explanation->setAlignment(Qt::AlignCenter);
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);

    auto *buttonRow = new QWidget(this);
    m_buttons = new QHBoxLayout(buttonRow);
    m_buttons->setContentsMargins(0, 8, 0, 0);
    m_buttons->addStretch();
    m_buttons->addStretch();

    // The middle column holds the text, so that it wraps at a readable width on wide windows.
    auto *layout = new QGridLayout(this);
    layout->addWidget(m_title, 1, 1);
    layout->addWidget(m_explanation, 2, 1);
    layout->addWidget(buttonRow, 3, 1);
    layout->setRowStretch(0, 2);
    layout->setRowStretch(4, 3);
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(1, 2);
    layout->setColumnStretch(2, 1);
}

QPushButton *EmptyStatePanel::addButton(const QString &text)
{
    auto *button = new QPushButton(text, this);
    // Keep the trailing stretch last so the buttons stay centred.
    m_buttons->insertWidget(m_buttons->count() - 1, button);
    return button;
}

void EmptyStatePanel::setTitle(const QString &title)
{
    m_title->setText(title);
}

void EmptyStatePanel::setExplanation(const QString &explanation)
{
    m_explanation->setText(explanation);
}

QString EmptyStatePanel::title() const
{
    return m_title->text();
}

QString EmptyStatePanel::explanation() const
{
    return m_explanation->text();
}

} // namespace cw
