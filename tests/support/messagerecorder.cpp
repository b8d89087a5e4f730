#include "messagerecorder.h"

#include <QMutex>
#include <QtGlobal>

#include <utility>

namespace testsupport {
namespace {

QMutex s_messagesMutex;
QStringList s_messages;
QtMessageHandler s_previousHandler = nullptr;

void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg) {
        const QMutexLocker lock(&s_messagesMutex);
        s_messages << message;
    }
    if (s_previousHandler) {
        s_previousHandler(type, context, message);
    }
}

} // namespace

void startRecordingMessages()
{
    s_previousHandler = qInstallMessageHandler(recordMessage);
}

void stopRecordingMessages()
{
    qInstallMessageHandler(s_previousHandler);
}

QStringList takeMessages()
{
    const QMutexLocker lock(&s_messagesMutex);
    return std::exchange(s_messages, {});
}

} // namespace testsupport
