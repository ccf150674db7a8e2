#pragma once

#include <QWidget>

#include "domain/pack.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTextBrowser;

namespace cw {

class PackItemPreview;
class Workspace;

// What a measure item shows: the plan and measure, the areas (force area and boroughs, any
// number), the months from and to, the chart kind and the comparison; below, the key facts in
// plain English and a preview. It never writes: each finished change emits specEdited(spec)
// for the owner to push as an undo command. Months that are not "YYYY-MM" are refused inline.
class MeasureItemEditor : public QWidget
{
    Q_OBJECT

public:
    explicit MeasureItemEditor(Workspace &workspace, QWidget *parent = nullptr);

    // Shows `spec` with its key facts; `asOfBatch` is the approved pack's vintage (0: current).
    void setSpec(const MeasureItemSpec &spec, const QList<KeyFact> &facts, qint64 asOfBatch);
    MeasureItemSpec spec() const { return m_spec; }
    void setReadOnly(bool readOnly);
    // Shows the area `areaCode` first in the preview (jump from a data-point annotation).
    void focusArea(const QString &areaCode);
    PackItemPreview *preview() const { return m_preview; }
    QTextBrowser *keyFactsView() const { return m_facts; }

Q_SIGNALS:
    void specEdited(const cw::MeasureItemSpec &spec);

private:
    void fillPlans();
    void fillMeasures(const QString &planCode);
    void fillAreas();
    void load();
    void readForm();
    void summariseAreas();
    bool readMonth(QLineEdit *edit, QString &out);

    Workspace &m_workspace;
    MeasureItemSpec m_spec;
    qint64 m_asOfBatch = 0;
    bool m_loading = false;
    bool m_readOnly = false;
    QComboBox *m_plan = nullptr;
    QComboBox *m_measure = nullptr;
    QListWidget *m_areas = nullptr;
    QLabel *m_areaSummary = nullptr;
    QLineEdit *m_from = nullptr;
    QLineEdit *m_to = nullptr;
    QComboBox *m_chart = nullptr;
    QComboBox *m_comparison = nullptr;
    QLabel *m_error = nullptr;
    QTextBrowser *m_facts = nullptr;
    PackItemPreview *m_preview = nullptr;
};

} // namespace cw
