#include "workspace/workspace.h"

#include "demo/demogenerator.h"
#include "demo/demoactions.h"
#include "demo/demomeetings.h"
#include "reference/referencedata.h"
#include "services/analysisservice.h"
#include "services/comparatorservice.h"
#include "services/boroughservice.h"
#include "services/actionservice.h"
#include "services/annotationservice.h"
#include "services/importservice.h"
#include "services/observationcache.h"
#include "services/overrideservice.h"
#include "services/annotationservice.h"
#include "services/meetingservice.h"
#include "services/packservice.h"
#include "services/planservice.h"
#include "services/scorecardservice.h"
#include "storage/arearepository.h"
#include "storage/database.h"
#include "storage/migration.h"
#include "storage/planrepository.h"
#include "storage/storageerror.h"
#include "storage/workspacefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUndoStack>

namespace cw {

namespace {

// Writes the reference data (and demo data) of a new workspace in one transaction.
void seed(Database &db, const CreateOptions &options)
{
    Transaction transaction(db);
    db.exec(QStringLiteral("INSERT INTO workspace_meta (meta_key, meta_value) VALUES (?, ?)"),
            {QStringLiteral("format"), QLatin1String(WorkspaceFile::formatMarker)});
    db.exec(QStringLiteral("INSERT INTO workspace_meta (meta_key, meta_value) VALUES (?, ?)"),
            {QStringLiteral("created_by"),
             QStringLiteral("Challenge Workbench %1").arg(QStringLiteral(CWB_VERSION))});
    const AreaRepository areas(db);
    for (const Area &area : ReferenceData::areas())
        areas.insert(area);
    const PlanRepository plans(db);
    for (const Plan &plan : ReferenceData::builtinPlans())
        plans.insertPlan(plan);
    if (options.demo)
        DemoGenerator::populate(db, plans.all(), areas.all(), DemoGenerator::Options{});
    transaction.commit();
}

} // namespace

Workspace::Workspace(std::unique_ptr<Database> db)
    : m_db(std::move(db))
    , m_observations(new ObservationCache(*m_db, this))
    , m_plans(new PlanService(*m_db, this))
    , m_imports(new ImportService(*m_db, this))
    , m_analysis(new AnalysisService(*m_db, m_observations, this))
    , m_scorecards(new ScorecardService(*m_db, m_observations, this))
    , m_comparators(new ComparatorService(*m_db, this))
    , m_boroughs(new BoroughService(*m_db, *m_scorecards, this))
    , m_overrides(new OverrideService(*m_db, this))
    , m_meetings(new MeetingService(*m_db, this))
    , m_packs(new PackService(*m_db, *m_scorecards, this))
    , m_annotations(new AnnotationService(*m_db, this))
    , m_actions(new ActionService(*m_db, this))
    , m_undoStack(new QUndoStack(this))
{
    // A batch added (here or by a worker's connection, announced here) or removed changes
    // what is current.
    connect(m_imports, &ImportService::batchAdded, m_observations, &ObservationCache::invalidate);
    connect(m_imports, &ImportService::batchRemoved, m_observations, &ObservationCache::invalidate);
    // Plans are kept by the scorecard too: any change to one drops them.
    const auto plansChanged = [this] { m_scorecards->invalidatePlans(); };
    connect(m_plans, &PlanService::planInserted, this, plansChanged);
    connect(m_plans, &PlanService::planRemoved, this, plansChanged);
    connect(m_plans, &PlanService::priorityInserted, this, plansChanged);
    connect(m_plans, &PlanService::priorityRemoved, this, plansChanged);
    connect(m_plans, &PlanService::measureInserted, this, plansChanged);
    connect(m_plans, &PlanService::measureChanged, this, plansChanged);
    connect(m_plans, &PlanService::measureRemoved, this, plansChanged);
    m_packs->setCarriedForwardSource(m_actions);
    m_scorecards->setComparators(m_comparators);
}

Workspace::~Workspace()
{
    // Children that refer to the database go before it.
    delete m_undoStack;
    m_scorecards->setComparators(nullptr);
    delete m_comparators;
    delete m_boroughs;
    delete m_overrides;
    m_packs->setCarriedForwardSource(nullptr);
    delete m_actions;
    delete m_annotations;
    delete m_packs;
    delete m_meetings;
    delete m_scorecards;
    delete m_analysis;
    delete m_imports;
    delete m_plans;
    delete m_observations;
}

QString Workspace::path() const
{
    return m_db->path();
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &path)
{
    try {
        const int version = WorkspaceFile::check(path);
        auto db = Database::openSqlite(path);
        if (version < Migrator::latestVersion())
            Migrator::migrate(*db, Migrator::builtin());
        return std::unique_ptr<Workspace>(new Workspace(std::move(db)));
    } catch (const StorageError &error) {
        return Error{error.message(), error.detail()};
    } catch (const std::exception &error) {
        return Error{tr("%1 could not be opened.").arg(path), QString::fromUtf8(error.what())};
    }
}

Result<std::unique_ptr<Workspace>> Workspace::create(const QString &path, const CreateOptions &options)
{
    if (QFileInfo::exists(path))
        return Error{
            tr("%1 already exists. Choose a new file name, or open the existing workspace.").arg(path)};
    const QFileInfo info(path);
    if (!info.absoluteDir().exists())
        return Error{tr("The folder %1 does not exist.").arg(info.absolutePath())};
    // Build under a temporary name and rename at the end, so that the file only ever appears
    // complete; a crash half way leaves at most a stray temporary file.
    const QString partial = path + QStringLiteral(".part");
    QFile::remove(partial);
    try {
        {
            auto db = Database::openSqlite(partial);
            Migrator::migrate(*db, Migrator::builtin());
            seed(*db, options);
            if (options.demo) {
                DemoActions::populateHistory(*db);
                DemoMeetings::populate(*db);
                DemoActions::populateRecent(*db);
            }
        }
        if (!QFile::rename(partial, path))
            throw StorageError(tr("%1 could not be written.").arg(path));
    } catch (const std::exception &error) {
        QFile::remove(partial);
        const auto *storage = dynamic_cast<const StorageError *>(&error);
        return Error{storage ? storage->message() : tr("%1 could not be created.").arg(path),
                     storage ? storage->detail() : QString::fromUtf8(error.what())};
    }
    return open(path);
}

Result<WorkspaceInfo> Workspace::info() const
{
    try {
        WorkspaceInfo info;
        info.path = path();
        info.schemaVersion = Migrator::currentVersion(*m_db);
        auto count = [this](const char *table) {
            return m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table)).toLongLong();
        };
        info.plans = count("plan");
        info.priorities = count("priority");
        info.measures = count("measure");
        info.areas = count("area");
        info.indicators = count("indicator");
        info.observations = count("observation");
        info.batches = count("import_batch");
        info.demo =
            m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM import_batch WHERE is_demo = 1")).toInt() > 0;
        return info;
    } catch (const StorageError &error) {
        return Error{tr("The workspace summary could not be read."), error.detail()};
    }
}

} // namespace cw
