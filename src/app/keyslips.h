#pragma once

#include "drivers/printer/receipt.h"
#include "services/keys.h"

namespace lobbydesk {

// What the printer hands out at the key cabinet (docs/keys.md), each in the language of the
// person it is for: the deposit receipt for the owner (Key::ownerLanguage) and the sign-out
// receipt for the borrower (KeyLoan::language). Neither prints the unit beside the tag number:
// a lost receipt must not lead to a door.
[[nodiscard]] Receipt keyDepositReceipt(const Key &key, const QString &siteName, PaperWidth paper);
[[nodiscard]] Receipt keySignOutReceipt(
    const KeyLoan &loan, const QString &siteName, PaperWidth paper);

// A key type in words, in the given language: screens and receipts agree.
[[nodiscard]] QString keyTypeText(KeyType type, const QString &language);

} // namespace lobbydesk
