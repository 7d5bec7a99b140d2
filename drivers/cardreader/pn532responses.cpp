#include "drivers/cardreader/pn532responses.h"

namespace lobbydesk {

namespace {

constexpr quint8 SakIso14443_4 = 0x20; // SAK bit 6: the card answers RATS, so an ATS follows

QString hexByte(uint byte)
{
    return QStringLiteral("%1").arg(byte, 2, 16, QLatin1Char('0')).toUpper();
}

std::optional<QString> wrongResponse(const Pn532Frame &frame, quint8 command)
{
    if (frame.tfi != Pn532Frame::ChipToHost || frame.command != command + 1) {
        return QStringLiteral("expected the answer D5 %1, got %2 %3")
            .arg(hexByte(command + 1u), hexByte(frame.tfi), hexByte(frame.command));
    }
    return std::nullopt;
}

template<typename T> Pn532Parsed<T> refuse(const QString &problem)
{
    return Pn532Parsed<T> { std::nullopt, problem };
}

} // namespace

QString Pn532FirmwareVersion::toString() const
{
    return QStringLiteral("PN5%1 v%2.%3")
        .arg(uint(ic), 2, 16, QLatin1Char('0'))
        .arg(uint(version))
        .arg(uint(revision));
}

Pn532Parsed<Pn532FirmwareVersion> parseFirmwareVersion(const Pn532Frame &frame)
{
    if (const auto problem = wrongResponse(frame, pn532::GetFirmwareVersion))
        return refuse<Pn532FirmwareVersion>(*problem);
    if (frame.data.size() != 4) {
        return refuse<Pn532FirmwareVersion>(
            QStringLiteral("firmware version has %1 bytes, not 4").arg(frame.data.size()));
    }
    const auto byte = [&](int i) { return quint8(frame.data.at(i)); };
    return { Pn532FirmwareVersion { byte(0), byte(1), byte(2), byte(3) }, {} };
}

std::optional<QString> samConfigurationProblem(const Pn532Frame &frame)
{
    if (const auto problem = wrongResponse(frame, pn532::SamConfiguration))
        return problem;
    if (!frame.data.isEmpty())
        return QStringLiteral("SAMConfiguration answer carries %1 bytes").arg(frame.data.size());
    return std::nullopt;
}

std::optional<QString> rfConfigurationProblem(const Pn532Frame &frame)
{
    if (const auto problem = wrongResponse(frame, pn532::RfConfiguration))
        return problem;
    if (!frame.data.isEmpty())
        return QStringLiteral("RFConfiguration answer carries %1 bytes").arg(frame.data.size());
    return std::nullopt;
}

Pn532Parsed<QList<Pn532Target>> parseInListPassiveTarget(const Pn532Frame &frame)
{
    using Result = QList<Pn532Target>;
    if (const auto problem = wrongResponse(frame, pn532::InListPassiveTarget))
        return refuse<Result>(*problem);
    const QByteArray &d = frame.data;
    if (d.isEmpty())
        return refuse<Result>(QStringLiteral("target list without a target count"));
    const int count = quint8(d.at(0));
    if (count > 2)
        return refuse<Result>(QStringLiteral("%1 targets; a PN532 lists at most 2").arg(count));

    Result targets;
    qsizetype at = 1;
    const auto left = [&] { return d.size() - at; };
    for (int i = 0; i < count; ++i) {
        if (left() < 5) {
            return refuse<Result>(
                QStringLiteral("target %1 is cut short: %2 bytes left").arg(i + 1).arg(left()));
        }
        Pn532Target target;
        target.number = quint8(d.at(at));
        target.atqa = quint16(quint8(d.at(at + 1)) << 8 | quint8(d.at(at + 2)));
        target.sak = quint8(d.at(at + 3));
        const int uidLength = quint8(d.at(at + 4));
        at += 5;
        if (uidLength != 4 && uidLength != 7 && uidLength != 10) {
            return refuse<Result>(QStringLiteral("UID length %1 is not 4, 7 or 10").arg(uidLength));
        }
        if (left() < uidLength) {
            return refuse<Result>(QStringLiteral("UID announced as %1 bytes, only %2 follow")
                                      .arg(uidLength)
                                      .arg(left()));
        }
        target.uid = d.mid(at, uidLength);
        at += uidLength;
        if (target.sak & SakIso14443_4) {
            // The ATS length byte counts itself.
            const int atsLength = left() > 0 ? quint8(d.at(at)) : 0;
            if (atsLength < 1 || left() < atsLength) {
                return refuse<Result>(QStringLiteral("SAK %1 announces an ATS that is missing or "
                                                     "cut short")
                                          .arg(hexByte(target.sak)));
            }
            target.ats = d.mid(at + 1, atsLength - 1);
            at += atsLength;
        }
        targets.append(target);
    }
    if (left() != 0)
        return refuse<Result>(QStringLiteral("%1 unexplained bytes after the targets").arg(left()));
    return { targets, {} };
}

} // namespace lobbydesk
