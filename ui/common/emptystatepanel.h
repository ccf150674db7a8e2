#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QHBoxLayout;

namespace cw {

// A quiet, centred page for "nothing here yet": a title, one or two sentences of
// explanation and, optionally, buttons for the next step. Callers connect to the buttons
// that addButton() returns; the panel owns them.
class EmptyStatePanel : public QWidget
{
    Q_OBJECT

public:
    EmptyStatePanel(const QString &title, const QString &explanation, QWidget *parent = nullptr);

    QPushButton *addButton(const QString &text);

    void setTitle(const QString &title);
    void setExplanation(const QString &explanation);
    QString title() const;
    QString explanation() const;

private:
    QLabel *m_title = nullptr;
    QLabel *m_explanation = nullptr;
    QHBoxLayout *m_buttons = nullptr;
};

} // namespace cw
