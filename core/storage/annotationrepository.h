#pragma once

#include "domain/annotation.h"

#include <QList>

#include <optional>

namespace cw {

class Database;

// Annotations (threads and replies). Callers own the transaction.
class AnnotationRepository
{
public:
    explicit AnnotationRepository(const Database &db)
        : m_db(db)
    {}

    QList<Annotation> all() const; // by creation time, then id
    std::optional<Annotation> annotation(const QString &uid) const;
    QList<Annotation> thread(const QString &threadUid) const; // root first, then replies by time
    Annotation insert(const Annotation &annotation) const;    // keeps a non-zero id
    void update(const Annotation &annotation) const;          // text, visibility, edit and resolution fields
    void remove(const QString &uid) const;                    // a root takes its replies along

private:
    const Database &m_db;
};

} // namespace cw
