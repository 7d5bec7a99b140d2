#pragma once

#include "core/idnumber.h"
#include "services/formfields.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace lobbydesk {

// Why a visitor comes (product.md, "Visitor reception").
[[nodiscard]] const QStringList &visitPurposes(); // visit, delivery, interview, contractor, other

// What a walk-in visitor answers at the kiosk, or the desk types for them. An invitation
// fills the same fields from its token.
struct VisitRequest
{
    static constexpr int kMaxNameLength = 40;
    static constexpr int kMaxNoteLength = 200;
    static constexpr int kMaxCompanions = 20;

    QString name;
    QString phone; // as typed; normalised by validation (directory's normalizedPhone)
    QString hostPersonId; // a person of the directory, or …
    QString hostCompanyId; // … a company, when the visitor picked the company
    QString purpose; // one of visitPurposes()
    QString purposeNote; // required for "other"
    int companions = 0;
    QString plate; // optional
    QString idNumber; // optional, as typed; never stored: last 4 characters and a keyed hash
    QString items; // optional carried items, free text
    QString language; // the slip's language: zh_CN, zh_TW or en
    QString via = QStringLiteral("kiosk"); // kiosk, desk (invitation: set by the service)
};

// Every problem of a request; empty when it can be recorded. Normalises `request` in place
// (trimmed, phone as the directory stores phones, plate in capitals, ID number in capitals
// without spaces). Host existence is the service's to check.
[[nodiscard]] QList<FieldProblem> validateVisitRequest(VisitRequest &request);

// The single field's problem, for a screen that asks one question at a time; empty when fine.
[[nodiscard]] QString visitFieldProblem(const QString &field, const VisitRequest &request);

} // namespace lobbydesk
