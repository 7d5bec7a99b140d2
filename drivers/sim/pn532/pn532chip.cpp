#include "drivers/sim/pn532/pn532chip.h"

#include <algorithm>
#include <cctype>

namespace lobbydesk {

namespace {

// Command codes beyond the ones the terminal's own driver needs (pn532frame.h); the values are
// the PN532 user manual's, the answers what libnfc accepts.
enum : quint8 {
    Diagnose = 0x00,
    GetGeneralStatus = 0x04,
    ReadRegister = 0x06,
    WriteRegister = 0x08,
    ReadGpio = 0x0C,
    WriteGpio = 0x0E,
    SetSerialBaudRate = 0x10,
    SetParameters = 0x12,
    PowerDown = 0x16,
    InDataExchange = 0x40,
    InCommunicateThru = 0x42,
    InDeselect = 0x44,
    InJumpForDep = 0x46,
    InJumpForPsl = 0x56,
    InRelease = 0x52,
    InSelect = 0x54,
    InAutoPoll = 0x60,
};

constexpr char StatusOk = 0x00;
constexpr char StatusTimeout = 0x01; // "the target did not answer": what an empty field gives

} // namespace

bool Pn532Chip::tapCard(const QString &uidHex)
{
    const QByteArray hex = uidHex.trimmed().toLatin1();
    const QByteArray uid = QByteArray::fromHex(hex);
    const bool allHex = std::all_of(hex.begin(), hex.end(), [](char c) { return isxdigit(c); });
    if (!allHex || hex.size() != uid.size() * 2
        || (uid.size() != 4 && uid.size() != 7 && uid.size() != 10))
        return false;
    m_uid = uid;
    return true;
}

std::optional<Pn532Frame> Pn532Chip::answer(const Pn532Frame &command)
{
    Pn532Frame out { Pn532Frame::ChipToHost, quint8(command.command + 1), {} };
    const QByteArray &data = command.data;
    switch (command.command) {
    case Diagnose:
        // NumTst 0 is the communication line test: the chip echoes what it got (libnfc checks).
        out.data = data;
        break;
    case pn532::GetFirmwareVersion:
        out.data.append(char(Ic))
            .append(char(Version))
            .append(char(Revision))
            .append(char(Support));
        break;
    case GetGeneralStatus: // no error, field off, no target, SAM fine
        out.data = QByteArray(4, StatusOk);
        break;
    case ReadRegister:
        out.data = readRegisters(data);
        break;
    case WriteRegister:
        writeRegisters(data);
        break;
    case ReadGpio: // P3, P7, I0/I1 as a board with nothing wired reads them
        out.data = QByteArray("\xFF\xFF\x00", 3);
        break;
    case WriteGpio:
    case SetSerialBaudRate:
    case SetParameters:
    case pn532::SamConfiguration:
    case pn532::RfConfiguration:
        break;
    case PowerDown:
    case InDeselect:
    case InRelease:
    case InSelect:
        out.data = QByteArray(1, StatusOk);
        break;
    case pn532::InListPassiveTarget:
        out.data = listTargets(data);
        break;
    case InDataExchange:
    case InCommunicateThru:
    case InJumpForDep:
    case InJumpForPsl:
        // The simulated card holds no data and speaks no other protocol: it stays silent.
        out.data = QByteArray(1, StatusTimeout);
        break;
    case InAutoPoll: // no target found
        out.data = QByteArray(1, StatusOk);
        break;
    default:
        return std::nullopt;
    }
    return out;
}

QByteArray Pn532Chip::listTargets(const QByteArray &data) const
{
    // D4 4A MaxTg BrTy …; only 106 kbps type A (BrTy 0) can see the simulated card.
    const bool typeA = data.size() >= 2 && data.at(1) == 0x00;
    if (m_uid.isEmpty() || !typeA)
        return QByteArray(1, 0x00);
    const bool classic = m_uid.size() == 4;
    QByteArray out;
    out.append(char(0x01)).append(char(0x01)); // one target, number 1
    out.append(char(0x00)).append(char(classic ? 0x04 : 0x44)); // ATQA
    out.append(char(classic ? 0x08 : 0x00)); // SAK: Mifare Classic 1K / Ultralight
    out.append(char(m_uid.size())).append(m_uid);
    return out;
}

QByteArray Pn532Chip::readRegisters(const QByteArray &addresses) const
{
    QByteArray values;
    for (qsizetype i = 0; i + 1 < addresses.size(); i += 2) {
        const auto address = quint16(quint8(addresses.at(i)) << 8 | quint8(addresses.at(i + 1)));
        values.append(char(m_registers.value(address, 0x00)));
    }
    return values;
}

void Pn532Chip::writeRegisters(const QByteArray &pairs)
{
    for (qsizetype i = 0; i + 2 < pairs.size(); i += 3) {
        const auto address = quint16(quint8(pairs.at(i)) << 8 | quint8(pairs.at(i + 1)));
        m_registers.insert(address, quint8(pairs.at(i + 2)));
    }
}

} // namespace lobbydesk
