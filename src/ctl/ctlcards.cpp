#include "ctlcards.h"

#include "core/error.h"
#include "services/cards.h"
#include "store/store.h"

#include <QSaveFile>

namespace lobbydesk {

int ctlCardsExportBlocked(Store &store, const QString &csvFile, QTextStream &out)
{
    const Cards cards(store.events());
    const QByteArray csv = cards.blockedCsv();
    if (csvFile.isEmpty()) {
        out << QString::fromUtf8(csv);
        return 0;
    }
    QSaveFile file(csvFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit())
        throw Error(Error::Kind::NotWritable,
            QStringLiteral("%1: cannot write the blocked cards: %2")
                .arg(csvFile, file.errorString()));
    out << QStringLiteral("%1 blocked cards written to %2\n")
               .arg(cards.blockedCards().size())
               .arg(csvFile);
    return 0;
}

} // namespace lobbydesk
