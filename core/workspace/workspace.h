#pragma once

#include "util/result.h"

#include <QObject>
#include <QString>

#include <memory>

class QUndoStack;

namespace cw {

class Database;
class AnalysisService;
class ComparatorService;
class BoroughService;
class ImportService;
class ObservationCache;
class OverrideService;
class ScorecardService;
class PlanService;
class MeetingService;
class PackService;
class AnnotationService;
class ActionService;

struct WorkspaceInfo
{
    QString path;
    int schemaVersion = 0;
    qint64 plans = 0;
    qint64 priorities = 0;
    qint64 measures = 0;
    qint64 areas = 0;
    qint64 indicators = 0;
    qint64 observations = 0;
    qint64 batches = 0;
    bool demo = false; // holds illustrative demo data
};

struct CreateOptions
{
    bool demo = false; // add illustrative demo observations
};

// One open workspace: it owns its database connection, its services and its undo stack.
// Closing (destroying) it releases all of them. There is no global workspace state.
class Workspace : public QObject
{
    Q_OBJECT

public:
    // Opens an existing workspace file: refuses (with the file left byte-for-byte untouched)
    // a file that is not a workspace, fails the integrity check or was written by a newer
    // version; upgrades an older one through the migrations.
    static Result<std::unique_ptr<Workspace>> open(const QString &path);

    // Creates a new workspace file with the reference areas and built-in plans (and demo
    // data when asked). Refuses to overwrite an existing file. The file appears only when
    // complete: it is built under a temporary name and renamed.
    static Result<std::unique_ptr<Workspace>> create(const QString &path, const CreateOptions &options = {});

    ~Workspace() override;

    QString path() const;
    Database &database() const { return *m_db; }
    PlanService &plans() const { return *m_plans; }
    ImportService &imports() const { return *m_imports; }
    AnalysisService &analysis() const { return *m_analysis; }
    ScorecardService &scorecards() const { return *m_scorecards; }
    ComparatorService &comparators() const { return *m_comparators; }
    BoroughService &boroughs() const { return *m_boroughs; }
    // The current observations in memory; refreshed when a batch is added or removed.
    ObservationCache &observations() const { return *m_observations; }
    OverrideService &overrides() const { return *m_overrides; }
    MeetingService &meetings() const { return *m_meetings; }
    PackService &packs() const { return *m_packs; }
    AnnotationService &annotations() const { return *m_annotations; }
    ActionService &actions() const { return *m_actions; }
    QUndoStack &undoStack() const { return *m_undoStack; }

    Result<WorkspaceInfo> info() const;

private:
    explicit Workspace(std::unique_ptr<Database> db);

    std::unique_ptr<Database> m_db;
    ObservationCache *m_observations = nullptr; // owned through QObject parentage
    PlanService *m_plans = nullptr;             // owned through QObject parentage
    ImportService *m_imports = nullptr;         // owned through QObject parentage
    AnalysisService *m_analysis = nullptr;      // owned through QObject parentage
    ScorecardService *m_scorecards = nullptr;   // owned through QObject parentage
    ComparatorService *m_comparators = nullptr; // owned through QObject parentage
    BoroughService *m_boroughs = nullptr;       // owned through QObject parentage
    OverrideService *m_overrides = nullptr;     // owned through QObject parentage
    MeetingService *m_meetings = nullptr;       // owned through QObject parentage
    PackService *m_packs = nullptr;             // owned through QObject parentage
    AnnotationService *m_annotations = nullptr; // owned through QObject parentage
    ActionService *m_actions = nullptr;         // owned through QObject parentage
    QUndoStack *m_undoStack = nullptr;          // owned through QObject parentage
};

} // namespace cw
