#pragma once

#include <QStringList>

/// Records every warning, critical and fatal Qt message (including QML's) from anywhere in the
/// test process, so a test can assert that loading or using the UI logged nothing.
namespace testsupport {

/// Installs the recording message handler; messages still reach the handler installed before.
/// Call once, from initTestCase().
void startRecordingMessages();
/// Puts back the handler that was installed before startRecordingMessages(); from
/// cleanupTestCase().
void stopRecordingMessages();
/// The messages recorded since the last call (oldest first), and forgets them. Thread-safe.
QStringList takeMessages();

} // namespace testsupport
