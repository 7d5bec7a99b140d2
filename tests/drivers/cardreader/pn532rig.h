#pragma once

#include "drivers/cardreader/pn532reader.h"
#include "drivers/sim/pn532/pn532simulator.h"
#include "ptypair.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <catch2/catch.hpp>

namespace lobbydesk::test {

// Everything lives on this thread's event loop, so waiting must keep it turning.
template<typename Predicate> bool waitFor(Predicate predicate, std::chrono::milliseconds timeout)
{
    QElapsedTimer clock;
    clock.start();
    while (!predicate() && clock.elapsed() < timeout.count())
        QTest::qWait(5);
    return predicate();
}

// A PN532 simulator on one end of a socat pty pair and the terminal's reader on the other.
struct Pn532Rig
{
    Pn532Rig()
        : pty(dir.path())
        , sim(pty.peerEnd())
        , reader(Pn532Reader::Settings { { pty.deviceEnd() }, {} })
        , presented(&reader, &CardReader::cardPresented)
        , removed(&reader, &CardReader::cardRemoved)
    {
        pty.start();
        sim.start();
        reader.start();
    }

    bool waitConnected(std::chrono::milliseconds timeout = std::chrono::milliseconds(3000))
    {
        return waitFor([this] { return reader.state() == Device::State::Connected; }, timeout);
    }
    [[nodiscard]] QString lastUid() const
    {
        return presented.isEmpty() ? QString() : presented.last().at(0).toString();
    }

    QTemporaryDir dir;
    PtyPair pty;
    Pn532Simulator sim;
    Pn532Reader reader;
    QSignalSpy presented;
    QSignalSpy removed;
};

} // namespace lobbydesk::test
