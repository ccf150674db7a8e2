#pragma once

#include <QHash>
#include <QList>
#include <QPair>
#include <QWidget>

#include "domain/pack.h"

class QPushButton;
class QTableWidget;

namespace cw {

// The numbered key lines of enquiry of one item: question, optional linked measure and
// visibility per line; add, remove and reorder. It never writes: each finished change emits
// enquiriesEdited(lines, what) with the whole new list, for the owner to push as one undo
// command named `what`. Questions must not be empty: a line whose question is cleared keeps
// its previous text.
class EnquiriesEditor : public QWidget
{
    Q_OBJECT

public:
    explicit EnquiriesEditor(QWidget *parent = nullptr);

    // Measures a line may link to, as (code, title), in plan order.
    void setMeasures(const QList<QPair<QString, QString>> &measures);
    // Shows `lines`, numbered from `numbers` (line uid → number in the pack); lines without a
    // number yet are numbered after `firstNumber`.
    void setLines(const QList<LineOfEnquiry> &lines, const QHash<QString, int> &numbers, int firstNumber);
    QList<LineOfEnquiry> lines() const { return m_lines; }
    void setReadOnly(bool readOnly);
    QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    void enquiriesEdited(const QList<cw::LineOfEnquiry> &lines, const QString &what);

private:
    void rebuild();
    void addLine();
    void removeLine();
    void moveLine(int delta);
    void edited(const QList<LineOfEnquiry> &lines, const QString &what);
    void updateButtons();

    QList<LineOfEnquiry> m_lines;
    QHash<QString, int> m_numbers;
    int m_firstNumber = 1;
    QList<QPair<QString, QString>> m_measures;
    bool m_readOnly = false;
    bool m_loading = false;
    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
};

} // namespace cw
