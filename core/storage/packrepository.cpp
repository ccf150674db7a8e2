#include "storage/packrepository.h"

#include "storage/database.h"
#include "storage/storedtime.h"

#include <QSqlQuery>

#include <algorithm>

namespace cw {

namespace {

QVariant optionalValue(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Double));
}

std::optional<double> readOptional(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toDouble();
}

// Inserts with the given id when non-zero, else lets the database choose.
qint64 insertRow(const Database &db, const QString &table, qint64 id, const QString &columns,
                 const QVariantList &binds)
{
    QStringList marks;
    for (qsizetype i = 0; i < binds.size(); ++i)
        marks << QStringLiteral("?");
    if (id != 0) {
        db.exec(
            QStringLiteral("INSERT INTO %1 (id, %2) VALUES (?, %3)").arg(table, columns, marks.join(u", ")),
            withEmptyTexts(QVariantList{id} + binds));
        return id;
    }
    return db.insert(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, columns, marks.join(u", ")),
                     withEmptyTexts(binds));
}

const QString itemColumns = QStringLiteral(
    "id, section_id, uid, kind, title, visibility, body, plan_code, measure_code, area_codes, from_period, "
    "to_period, chart_kind, comparison");

PackItem readItem(const QSqlQuery &q)
{
    PackItem item;
    item.id = q.value(0).toLongLong();
    item.sectionId = q.value(1).toLongLong();
    item.uid = q.value(2).toString();
    item.kind = packItemKindFromName(q.value(3).toString()).value_or(PackItemKind::Narrative);
    item.title = q.value(4).toString();
    item.visibility = visibilityFromName(q.value(5).toString()).value_or(Visibility::Internal);
    item.body = q.value(6).toString();
    item.measure.planCode = q.value(7).toString();
    item.measure.measureCode = q.value(8).toString();
    const QString areas = q.value(9).toString();
    item.measure.areaCodes = areas.isEmpty() ? QStringList() : areas.split(QLatin1Char(','));
    item.measure.fromPeriod = q.value(10).toString();
    item.measure.toPeriod = q.value(11).toString();
    item.measure.chart = chartKindFromName(q.value(12).toString()).value_or(ChartKind::Line);
    item.measure.comparison =
        packComparisonFromName(q.value(13).toString()).value_or(PackComparison::Rolling12Months);
    return item;
}

} // namespace

QList<PackVersion> PackRepository::versions(qint64 meetingId) const
{
    QList<PackVersion> out;
    QSqlQuery q =
        m_db.exec(QStringLiteral("SELECT id, meeting_id, version, status, approved_by, approved_at, "
                                 "vintage_batch_id FROM pack WHERE meeting_id = ? ORDER BY version"),
                  {meetingId});
    while (q.next()) {
        PackVersion v;
        v.id = q.value(0).toLongLong();
        v.meetingId = q.value(1).toLongLong();
        v.version = q.value(2).toInt();
        v.status = packStatusFromName(q.value(3).toString()).value_or(PackStatus::Draft);
        v.approvedBy = q.value(4).toString();
        v.approvedAt = fromStoredTime(q.value(5).toString());
        v.vintageBatchId = q.value(6).toLongLong();
        out.append(v);
    }
    return out;
}

std::optional<Pack> PackRepository::pack(qint64 packId) const
{
    QSqlQuery q = m_db.exec(
        QStringLiteral(
            "SELECT id, uid, meeting_id, version, status, based_on_pack_id, created_by, created_at, "
            "submitted_by, submitted_at, approved_by, approved_at, vintage_batch_id, vintage_label, "
            "vintage_at FROM pack WHERE id = ?"),
        {packId});
    if (!q.next())
        return std::nullopt;
    Pack p;
    p.id = q.value(0).toLongLong();
    p.uid = q.value(1).toString();
    p.meetingId = q.value(2).toLongLong();
    p.version = q.value(3).toInt();
    p.status = packStatusFromName(q.value(4).toString()).value_or(PackStatus::Draft);
    p.basedOnPackId = q.value(5).toLongLong();
    p.createdBy = q.value(6).toString();
    p.createdAt = fromStoredTime(q.value(7).toString());
    p.submittedBy = q.value(8).toString();
    p.submittedAt = fromStoredTime(q.value(9).toString());
    p.approvedBy = q.value(10).toString();
    p.approvedAt = fromStoredTime(q.value(11).toString());
    p.vintageBatchId = q.value(12).toLongLong();
    p.vintageLabel = q.value(13).toString();
    p.vintageAt = fromStoredTime(q.value(14).toString());
    QSqlQuery s = m_db.exec(QStringLiteral("SELECT id FROM pack_section WHERE pack_id = ? ORDER BY position"),
                            {packId});
    while (s.next()) {
        if (auto sec = section(s.value(0).toLongLong()))
            p.sections.append(*sec);
    }
    return p;
}

std::optional<PackSection> PackRepository::section(qint64 sectionId) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, pack_id, uid, title FROM pack_section WHERE id = ?"),
                            {sectionId});
    if (!q.next())
        return std::nullopt;
    PackSection s;
    s.id = q.value(0).toLongLong();
    s.packId = q.value(1).toLongLong();
    s.uid = q.value(2).toString();
    s.title = q.value(3).toString();
    s.items = items(s.id);
    return s;
}

QList<PackItem> PackRepository::items(qint64 sectionId) const
{
    QList<PackItem> out;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id FROM pack_item WHERE section_id = ? ORDER BY position"),
                            {sectionId});
    while (q.next()) {
        if (auto i = item(q.value(0).toLongLong()))
            out.append(*i);
    }
    return out;
}

std::optional<PackItem> PackRepository::item(qint64 itemId) const
{
    QSqlQuery q =
        m_db.exec(QStringLiteral("SELECT %1 FROM pack_item WHERE id = ?").arg(itemColumns), {itemId});
    if (!q.next())
        return std::nullopt;
    PackItem item = readItem(q);
    QSqlQuery e =
        m_db.exec(QStringLiteral("SELECT id, uid, question, measure_code, visibility FROM pack_enquiry "
                                 "WHERE item_id = ? ORDER BY position"),
                  {itemId});
    while (e.next()) {
        LineOfEnquiry line;
        line.id = e.value(0).toLongLong();
        line.uid = e.value(1).toString();
        line.question = e.value(2).toString();
        line.measureCode = e.value(3).toString();
        line.visibility = visibilityFromName(e.value(4).toString()).value_or(Visibility::Internal);
        item.enquiries.append(line);
    }
    QSqlQuery f = m_db.exec(
        QStringLiteral(
            "SELECT area_code, area_name, fact_text, comparison, latest_period, latest_value, "
            "current_value, previous_value, percent_change, points_change, p_value, test_name, flag "
            "FROM pack_key_fact WHERE item_id = ? ORDER BY position"),
        {itemId});
    while (f.next()) {
        KeyFact k;
        k.areaCode = f.value(0).toString();
        k.areaName = f.value(1).toString();
        k.text = f.value(2).toString();
        k.comparison = f.value(3).toString();
        k.latestPeriod = f.value(4).toString();
        k.latestValue = readOptional(f.value(5));
        k.current = readOptional(f.value(6));
        k.previous = readOptional(f.value(7));
        k.percent = readOptional(f.value(8));
        k.points = readOptional(f.value(9));
        k.pValue = readOptional(f.value(10));
        k.testName = f.value(11).toString();
        k.flag = f.value(12).toString();
        item.frozenFacts.append(k);
    }
    return item;
}

qint64 PackRepository::packIdOfSection(qint64 sectionId) const
{
    return m_db.scalar(QStringLiteral("SELECT pack_id FROM pack_section WHERE id = ?"), {sectionId})
        .toLongLong();
}

qint64 PackRepository::sectionIdOfItem(qint64 itemId) const
{
    return m_db.scalar(QStringLiteral("SELECT section_id FROM pack_item WHERE id = ?"), {itemId})
        .toLongLong();
}

int PackRepository::sectionCount(qint64 packId) const
{
    return m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM pack_section WHERE pack_id = ?"), {packId})
        .toInt();
}

int PackRepository::itemCount(qint64 sectionId) const
{
    return m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM pack_item WHERE section_id = ?"), {sectionId})
        .toInt();
}

int PackRepository::positionOfSection(qint64 sectionId) const
{
    return m_db.scalar(QStringLiteral("SELECT position FROM pack_section WHERE id = ?"), {sectionId}).toInt();
}

int PackRepository::positionOfItem(qint64 itemId) const
{
    return m_db.scalar(QStringLiteral("SELECT position FROM pack_item WHERE id = ?"), {itemId}).toInt();
}

Pack PackRepository::insertPack(const Pack &pack) const
{
    Pack stored = pack;
    stored.id = insertRow(
        m_db, QStringLiteral("pack"), pack.id,
        QStringLiteral(
            "uid, meeting_id, version, status, based_on_pack_id, created_by, created_at, submitted_by, "
            "submitted_at, approved_by, approved_at, vintage_batch_id, vintage_label, vintage_at"),
        {pack.uid, pack.meetingId, pack.version, toName(pack.status),
         pack.basedOnPackId ? QVariant(pack.basedOnPackId) : QVariant(QMetaType(QMetaType::LongLong)),
         pack.createdBy, toStoredTime(pack.createdAt), pack.submittedBy, toStoredTime(pack.submittedAt),
         pack.approvedBy, toStoredTime(pack.approvedAt), pack.vintageBatchId, pack.vintageLabel,
         toStoredTime(pack.vintageAt)});
    stored.sections.clear();
    for (qsizetype i = 0; i < pack.sections.size(); ++i)
        stored.sections.append(insertSection(stored.id, pack.sections.at(i), int(i)));
    return stored;
}

void PackRepository::updateWorkflow(const Pack &pack) const
{
    m_db.exec(QStringLiteral(
                  "UPDATE pack SET status = ?, submitted_by = ?, submitted_at = ?, approved_by = ?, "
                  "approved_at = ?, vintage_batch_id = ?, vintage_label = ?, vintage_at = ? WHERE id = ?"),
              withEmptyTexts({toName(pack.status), pack.submittedBy, toStoredTime(pack.submittedAt),
                              pack.approvedBy, toStoredTime(pack.approvedAt), pack.vintageBatchId,
                              pack.vintageLabel, toStoredTime(pack.vintageAt), pack.id}));
}

void PackRepository::deletePack(qint64 packId) const
{
    m_db.exec(QStringLiteral("DELETE FROM pack WHERE id = ?"), {packId});
}

PackSection PackRepository::insertSection(qint64 packId, const PackSection &section, int position) const
{
    position = std::clamp(position, 0, sectionCount(packId));
    shift(QStringLiteral("pack_section"), QStringLiteral("pack_id"), packId, position, 1);
    PackSection stored = section;
    stored.packId = packId;
    stored.id = insertRow(m_db, QStringLiteral("pack_section"), section.id,
                          QStringLiteral("pack_id, uid, position, title"),
                          {packId, section.uid, position, section.title});
    stored.items.clear();
    for (qsizetype i = 0; i < section.items.size(); ++i)
        stored.items.append(insertItem(stored.id, section.items.at(i), int(i)));
    return stored;
}

void PackRepository::updateSectionTitle(qint64 sectionId, const QString &title) const
{
    m_db.exec(QStringLiteral("UPDATE pack_section SET title = ? WHERE id = ?"), {title, sectionId});
}

void PackRepository::deleteSection(qint64 sectionId) const
{
    const qint64 packId = packIdOfSection(sectionId);
    const int position = positionOfSection(sectionId);
    m_db.exec(QStringLiteral("DELETE FROM pack_section WHERE id = ?"), {sectionId});
    shift(QStringLiteral("pack_section"), QStringLiteral("pack_id"), packId, position + 1, -1);
}

void PackRepository::moveSection(qint64 sectionId, int toPosition) const
{
    const qint64 packId = packIdOfSection(sectionId);
    const int from = positionOfSection(sectionId);
    shift(QStringLiteral("pack_section"), QStringLiteral("pack_id"), packId, from + 1, -1);
    toPosition = std::clamp(toPosition, 0, sectionCount(packId) - 1);
    shift(QStringLiteral("pack_section"), QStringLiteral("pack_id"), packId, toPosition, 1);
    m_db.exec(QStringLiteral("UPDATE pack_section SET position = ? WHERE id = ?"), {toPosition, sectionId});
}

PackItem PackRepository::insertItem(qint64 sectionId, const PackItem &item, int position) const
{
    position = std::clamp(position, 0, itemCount(sectionId));
    shift(QStringLiteral("pack_item"), QStringLiteral("section_id"), sectionId, position, 1);
    PackItem stored = item;
    stored.sectionId = sectionId;
    stored.id =
        insertRow(m_db, QStringLiteral("pack_item"), item.id,
                  QStringLiteral("section_id, uid, position, kind, title, visibility, body, plan_code, "
                                 "measure_code, area_codes, from_period, to_period, chart_kind, comparison"),
                  {sectionId, item.uid, position, toName(item.kind), item.title, toName(item.visibility),
                   item.body, item.measure.planCode, item.measure.measureCode,
                   item.measure.areaCodes.join(QLatin1Char(',')), item.measure.fromPeriod,
                   item.measure.toPeriod, toName(item.measure.chart), toName(item.measure.comparison)});
    stored.enquiries = writeEnquiries(stored.id, item.enquiries);
    writeKeyFacts(stored.id, item.frozenFacts);
    return stored;
}

void PackRepository::updateItem(const PackItem &item) const
{
    m_db.exec(
        QStringLiteral("UPDATE pack_item SET kind = ?, title = ?, visibility = ?, body = ?, plan_code = ?, "
                       "measure_code = ?, area_codes = ?, from_period = ?, to_period = ?, chart_kind = ?, "
                       "comparison = ? WHERE id = ?"),
        withEmptyTexts(
            {toName(item.kind), item.title, toName(item.visibility), item.body, item.measure.planCode,
             item.measure.measureCode, item.measure.areaCodes.join(QLatin1Char(',')), item.measure.fromPeriod,
             item.measure.toPeriod, toName(item.measure.chart), toName(item.measure.comparison), item.id}));
    m_db.exec(QStringLiteral("DELETE FROM pack_enquiry WHERE item_id = ?"), {item.id});
    writeEnquiries(item.id, item.enquiries);
}

void PackRepository::deleteItem(qint64 itemId) const
{
    const qint64 sectionId = sectionIdOfItem(itemId);
    const int position = positionOfItem(itemId);
    m_db.exec(QStringLiteral("DELETE FROM pack_item WHERE id = ?"), {itemId});
    shift(QStringLiteral("pack_item"), QStringLiteral("section_id"), sectionId, position + 1, -1);
}

void PackRepository::moveItem(qint64 itemId, qint64 toSectionId, int toPosition) const
{
    const qint64 fromSection = sectionIdOfItem(itemId);
    const int from = positionOfItem(itemId);
    // Park the item outside both sections' numbering, close the gap, open the new place.
    m_db.exec(QStringLiteral("UPDATE pack_item SET position = -1 WHERE id = ?"), {itemId});
    shift(QStringLiteral("pack_item"), QStringLiteral("section_id"), fromSection, from + 1, -1);
    const int count = itemCount(toSectionId) - (toSectionId == fromSection ? 1 : 0);
    toPosition = std::clamp(toPosition, 0, count);
    shift(QStringLiteral("pack_item"), QStringLiteral("section_id"), toSectionId, toPosition, 1);
    m_db.exec(QStringLiteral("UPDATE pack_item SET section_id = ?, position = ? WHERE id = ?"),
              {toSectionId, toPosition, itemId});
}

void PackRepository::writeKeyFacts(qint64 itemId, const QList<KeyFact> &facts) const
{
    m_db.exec(QStringLiteral("DELETE FROM pack_key_fact WHERE item_id = ?"), {itemId});
    QSqlQuery insert = m_db.prepare(QStringLiteral("INSERT INTO pack_key_fact (item_id, position, area_code, "
                                                   "area_name, fact_text, comparison, latest_period, "
                                                   "latest_value, current_value, previous_value, "
                                                   "percent_change, points_change, p_value, test_name, flag) "
                                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < facts.size(); ++i) {
        const KeyFact &k = facts.at(i);
        m_db.run(insert,
                 withEmptyTexts({itemId, int(i), k.areaCode, k.areaName, k.text, k.comparison, k.latestPeriod,
                                 optionalValue(k.latestValue), optionalValue(k.current),
                                 optionalValue(k.previous), optionalValue(k.percent), optionalValue(k.points),
                                 optionalValue(k.pValue), k.testName, k.flag}));
    }
}

QList<LineOfEnquiry> PackRepository::writeEnquiries(qint64 itemId,
                                                    const QList<LineOfEnquiry> &enquiries) const
{
    // Lines that keep their ids go first, so that a generated id cannot take one of theirs.
    QList<LineOfEnquiry> stored = enquiries;
    for (const bool keeping : {true, false}) {
        for (qsizetype i = 0; i < stored.size(); ++i) {
            LineOfEnquiry &line = stored[i];
            if ((line.id != 0) != keeping)
                continue;
            line.id = insertRow(
                m_db, QStringLiteral("pack_enquiry"), line.id,
                QStringLiteral("item_id, uid, position, question, measure_code, visibility"),
                {itemId, line.uid, int(i), line.question, line.measureCode, toName(line.visibility)});
        }
    }
    return stored;
}

void PackRepository::shift(const QString &table, const QString &parentColumn, qint64 parentId, int from,
                           int delta) const
{
    m_db.exec(QStringLiteral("UPDATE %1 SET position = position + ? WHERE %2 = ? AND position >= ?")
                  .arg(table, parentColumn),
              {delta, parentId, from});
}

} // namespace cw
