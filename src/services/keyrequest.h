#pragma once

#include "services/formfields.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace lobbydesk {

// The four kinds of key the cabinet holds; each has its own rule for who may borrow it.
enum class KeyType {
    UnitSpare, // deposited by an owner: the owner and the people on their list
    Common, // common areas: staff, or a contractor on site with a work reason
    PlantRoom, // plant rooms: staff or a contractor, always with a work reason
    Master, // staff only, with a second staff member's PIN
};

[[nodiscard]] QString keyTypeKey(KeyType type); // unit_spare, common, plant_room, master
[[nodiscard]] std::optional<KeyType> keyTypeFromKey(const QString &key);

// One person an owner allows to borrow their spare key (a directory person).
struct KeyPerson
{
    QString id;
    QString name;
};

// A key set in the cabinet.
struct Key
{
    QString id;
    QString tag; // the number printed on the tag (never the unit)
    QString barcode; // what the scanner reads from the tag
    KeyType type = KeyType::Common;
    QString label; // what it opens, in the desk's words ("Roof plant room B")
    QString unit; // an owner's spare: the unit it opens (never printed on the tag)
    QString slot; // where it hangs in the cabinet
    QString ownerId;
    QString ownerName;
    QString ownerLanguage; // for the deposit receipt
    QList<KeyPerson> authorised;
    bool out = false;
    QDateTime registeredAt;
    QString registeredBy;
};

// One sign-out of a key, and its return.
struct KeyLoan
{
    QString id;
    QString keyId;
    QString tag;
    QString keyLabel;
    KeyType keyType = KeyType::Common;
    QString borrowerKind; // person, staff, visit
    QString borrowerId;
    QString borrowerName;
    QString language; // of the borrower, for their receipt
    QString reason;
    QString workReason;
    QDateTime outAt;
    QDateTime dueAt;
    QString outTerminal;
    QString outBy;
    QString secondStaff;
    QDateTime ownerNotifiedAt;
    QDateTime overdueAt; // when key.overdue was recorded
    QDateTime returnedAt;
    QString condition; // good, damaged
    QString conditionNote;
    QString returnedBy;
    bool conflict = false; // another sign-out of the key overlaps; a person decides
    QString resolution; // stands, void; empty while undecided or never in conflict

    [[nodiscard]] bool open() const
    {
        return !returnedAt.isValid() && resolution != QStringLiteral("void");
    }
    [[nodiscard]] bool overdue(const QDateTime &now) const { return open() && dueAt < now; }
};

// The desk registers a common-area, plant-room or master key.
struct KeyRegistration
{
    QString tag;
    QString barcode; // empty: the tag number is the barcode
    KeyType type = KeyType::Common;
    QString label;
    QString slot;
};

// An owner deposits a spare key of their unit.
struct KeyDeposit
{
    QString tag;
    QString barcode;
    QString label; // e.g. "Front door, 2 keys"
    QString slot;
    QString ownerId; // directory person
    QString unit; // one of the owner's units
    QStringList authorisedIds; // directory people the owner allows to borrow it
    QString language; // the owner's, for the receipt
};

// The desk lends a key.
struct KeySignOut
{
    QString keyId;
    QString borrowerKind; // person (card tap or picked), staff, visit (a contractor on site)
    QString borrowerId;
    QString language; // the borrower's, for the receipt
    QString reason;
    QString workReason; // required for plant rooms and for a contractor
    QDateTime dueAt; // invalid: the default for the key's type
    QString secondStaffId; // master keys
    QString secondPin;
};

struct KeyReturn
{
    Key key;
    QList<KeyLoan> closed; // the loans the return ended (two when they were in conflict)
    bool late = false;
};

// What a desk may type, at most.
inline constexpr int kMaxKeyText = 120;
inline constexpr int kMaxKeyLoanDays = 15;

} // namespace lobbydesk
