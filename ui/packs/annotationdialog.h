#pragma once

#include <QDialog>
#include <QList>
#include <QPair>

#include "domain/visibility.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

namespace cw {

// Writes a comment or a reply: the text and whether it is internal (the default) or
// publishable. For a comment on a measure item it can instead be anchored to one data point
// (an area and a period) of the measure. Accepting refuses an empty text or a period that is
// not a period key, saying why in the dialog. The caller reads the fields and pushes the
// command.
class AnnotationDialog : public QDialog
{
    Q_OBJECT

public:
    // `about` says what the comment is on, e.g. "Item: Robbery" or "Reply to Ann Smith".
    AnnotationDialog(const QString &title, const QString &about, QWidget *parent = nullptr);

    // Offers "one data point" as the anchor: `areas` as (code, name), the period preset to
    // `period` (a period key such as "2025-01" or "R12:2025-01").
    void offerDataPoint(const QList<QPair<QString, QString>> &areas, const QString &period);

    QString text() const;
    Visibility visibility() const;
    bool onDataPoint() const;
    QString areaCode() const;
    QString periodKey() const; // normalised key

    void accept() override;

private:
    QLabel *m_about = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QComboBox *m_visibility = nullptr;
    QRadioButton *m_onItem = nullptr;
    QRadioButton *m_onPoint = nullptr;
    QComboBox *m_area = nullptr;
    QLineEdit *m_period = nullptr;
    QWidget *m_pointBox = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace cw
