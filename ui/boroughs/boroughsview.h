#pragma once

#include "services/scorecardservice.h"

#include <QWidget>

class QComboBox;
class QItemSelectionModel;
class QLabel;
class QModelIndex;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace cw {

class BoroughModel;
class BoroughSmallMultiples;
class BoroughTileMap;
class FunnelChart;
class Workspace;

// The Boroughs page: a measure of a plan across the London boroughs as a sortable table, a tile
// map coloured by status, rate or change, a funnel plot of rates per 1,000 residents (or survey
// proportions) against London with 95% and 99.8% limits, and small multiples. One selection
// model on the borough model drives all four: a borough selected in one is selected in all.
//
// Owns its model; must be destroyed before `workspace`. Reloads after an import or a plan edit.
class BoroughsView : public QWidget
{
    Q_OBJECT

public:
    explicit BoroughsView(Workspace &workspace, QWidget *parent = nullptr);
    ~BoroughsView() override;

    bool selectPlan(const QString &planCode);
    bool selectMeasure(const QString &measureCode);
    bool selectBorough(const QString &code);
    QString currentBorough() const;

    BoroughModel *model() const { return m_model; }
    QItemSelectionModel *selectionModel() const { return m_selection; }
    QTableView *table() const { return m_table; }
    BoroughTileMap *tileMap() const { return m_map; }
    FunnelChart *funnel() const { return m_funnel; }
    BoroughSmallMultiples *smallMultiples() const { return m_multiples; }
    QString funnelMessage() const;

Q_SIGNALS:
    void importRequested(); // the person asked to import files (e.g. populations)

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createBar();
    void fillPlans();
    void fillMeasures();
    void fillAsOf();
    // Recomputes the comparison when the page is visible; otherwise when it is next shown
    // (32 boroughs' measures take a noticeable moment, and imports happen on other pages).
    void reload();
    void reloadNow();
    void showFunnel();
    void tableCurrentChanged(const QModelIndex &current);
    void sharedCurrentChanged(const QModelIndex &current);

    Workspace &m_workspace;
    BoroughModel *m_model = nullptr;
    QItemSelectionModel *m_selection = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QComboBox *m_plan = nullptr;
    QComboBox *m_measure = nullptr;
    QComboBox *m_asOf = nullptr;
    QComboBox *m_colouring = nullptr;
    QLabel *m_message = nullptr;
    QTableView *m_table = nullptr;
    BoroughTileMap *m_map = nullptr;
    FunnelChart *m_funnel = nullptr;
    QStackedWidget *m_funnelStack = nullptr;
    QLabel *m_funnelEmpty = nullptr;
    QLabel *m_funnelNote = nullptr;
    BoroughSmallMultiples *m_multiples = nullptr;
    bool m_syncing = false;
    bool m_stale = true;
};

} // namespace cw
