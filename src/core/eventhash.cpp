#include "core/eventhash.h"

#include <QCryptographicHash>
#include <QtEndian>

namespace lobbydesk {
namespace {

void addField(QCryptographicHash &hash, const QByteArray &bytes)
{
    const quint32 length = qToBigEndian(quint32(bytes.size()));
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(&length), sizeof length));
    hash.addData(bytes);
}

} // namespace

QByteArray eventHash(const Event &event)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayLiteral("lobbydesk-event-v1"));
    addField(hash, event.prevHash);
    addField(hash, uuidText(event.id).toUtf8());
    addField(hash, event.terminalId.toUtf8());
    addField(hash, QByteArray::number(event.seq));
    addField(hash, event.type.toUtf8());
    addField(hash, event.payload);
    addField(hash, isoUtc(event.occurredAt).toUtf8());
    addField(hash, event.actor.toUtf8());
    return hash.result();
}

QByteArray genesisHash()
{
    return QByteArray(kEventHashSize, '\0');
}

} // namespace lobbydesk
