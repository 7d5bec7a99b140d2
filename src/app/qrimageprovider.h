#pragma once

#include <QQuickImageProvider>

namespace lobbydesk {

// "image://qr/<text>": the same QR symbol the slip prints (ZXing, error correction M), for a
// screen to show when the printer fails or an invitation is shown to be photographed.
class QrImageProvider final : public QQuickImageProvider
{
public:
    QrImageProvider();
    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;
};

} // namespace lobbydesk
