<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he">
<context>
    <name>ConversationDelegate</name>
    <message>
        <location filename="../ui/delegates/ConversationDelegate.qml" line="74"/>
        <source>You: </source>
        <comment>@label:prefix of own message</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationsPage</name>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="60"/>
        <source>Conversations</source>
        <comment>@title:page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/ConversationsPage.qml" line="61"/>
        <source>%n conversation(s) · J/K to move</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="86"/>
        <source>Loading conversations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="86"/>
        <source>No conversations yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="87"/>
        <source>Check the database connection; the list retries on the next change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="87"/>
        <source>A conversation starts when a customer writes to your WhatsApp number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="171"/>
        <source>Loading messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="171"/>
        <source>No messages in this conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="188"/>
        <source>Read-only view: replying from OpsDesk comes with the support inbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="200"/>
        <source>Select a conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="201"/>
        <source>Pick one from the list, or press J to start at the top.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <location filename="../models/displayformat.cpp" line="175"/>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="176"/>
        <source>Voice message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="177"/>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="178"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="179"/>
        <source>Sticker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="180"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="181"/>
        <source>Contact card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="182"/>
        <source>Interactive reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="183"/>
        <source>Button reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="184"/>
        <source>Reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="185"/>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="186"/>
        <source>Private note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="187"/>
        <source>Unsupported message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../ui/Main.qml" line="19"/>
        <source>OpsDesk — demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Main.qml" line="19"/>
        <source>OpsDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/Main.qml" line="87"/>
        <source>Live updates paused: reconnecting to the database (%1). Data shown may be stale.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <location filename="../ui/delegates/MessageDelegate.qml" line="54"/>
        <source>Private note · not sent to the customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../ui/pages/OverviewPage.qml" line="23"/>
        <source>Overview</source>
        <comment>@title:page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.qml" line="24"/>
        <source>Today&apos;s WhatsApp activity, updated live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.qml" line="43"/>
        <source>Webhook events today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.qml" line="45"/>
        <source>Signed deliveries from WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.qml" line="51"/>
        <source>Inbound messages today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.qml" line="53"/>
        <source>Customers writing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.qml" line="59"/>
        <source>Failed deliveries today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.qml" line="61"/>
        <source>Check the failing threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.qml" line="61"/>
        <source>All replies delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.qml" line="67"/>
        <source>Open conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.qml" line="69"/>
        <source>Open or pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.qml" line="82"/>
        <source>Latest webhook events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.qml" line="83"/>
        <source>All events (Ctrl+3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.qml" line="101"/>
        <source>No webhook events yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.qml" line="102"/>
        <source>Point your WhatsApp app&apos;s webhook at opsdeskd serve: /webhooks/whatsapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.qml" line="109"/>
        <source>Recent conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.qml" line="110"/>
        <source>Inbox (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.qml" line="128"/>
        <source>No conversations yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.qml" line="129"/>
        <source>They appear as soon as a customer writes to your WhatsApp number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/opsdesk/main.cpp" line="92"/>
        <source>Demo · private cluster on port %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../ui/components/Sidebar.qml" line="35"/>
        <source>OpsDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/components/Sidebar.qml" line="44"/>
        <source>Overview</source>
        <comment>@title:page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/components/Sidebar.qml" line="52"/>
        <source>Conversations</source>
        <comment>@title:page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/components/Sidebar.qml" line="60"/>
        <source>Webhook events</source>
        <comment>@title:page</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebhookEventDelegate</name>
    <message>
        <location filename="../ui/delegates/WebhookEventDelegate.qml" line="66"/>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/delegates/WebhookEventDelegate.qml" line="66"/>
        <source>Unsigned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebhookEventsPage</name>
    <message>
        <location filename="../ui/pages/WebhookEventsPage.qml" line="51"/>
        <source>Webhook events</source>
        <comment>@title:page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/WebhookEventsPage.qml" line="52"/>
        <source>Newest first · %n loaded · J/K to move</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/WebhookEventsPage.qml" line="80"/>
        <source>Loading webhook events…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/WebhookEventsPage.qml" line="80"/>
        <source>No webhook events yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/WebhookEventsPage.qml" line="81"/>
        <source>Events appear here the moment WhatsApp delivers them to opsdeskd serve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/WebhookEventsPage.qml" line="102"/>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/WebhookEventsPage.qml" line="103"/>
        <source>Event #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/WebhookEventsPage.qml" line="103"/>
        <source>Select an event to see what WhatsApp sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/WebhookEventsPage.qml" line="129"/>
        <source>No event selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/WebhookEventsPage.qml" line="130"/>
        <source>Click an event, or press J.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opsdesk::ConversationListModel</name>
    <message>
        <location filename="../models/conversationlistmodel.cpp" line="127"/>
        <source>Could not load conversations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/conversationlistmodel.cpp" line="164"/>
        <source>Live update failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opsdesk::MessageListModel</name>
    <message>
        <location filename="../models/messagelistmodel.cpp" line="141"/>
        <source>Could not load the conversation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/messagelistmodel.cpp" line="188"/>
        <source>Live update failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opsdesk::OverviewController</name>
    <message>
        <location filename="../models/overviewcontroller.cpp" line="37"/>
        <source>Could not count today&apos;s activity: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opsdesk::WebhookEventListModel</name>
    <message>
        <location filename="../models/webhookeventlistmodel.cpp" line="114"/>
        <source>Could not load webhook events: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/webhookeventlistmodel.cpp" line="147"/>
        <source>Live update failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/webhookeventlistmodel.cpp" line="160"/>
        <source>Could not load the payload: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opsdesk::Workspace</name>
    <message>
        <location filename="../models/workspace.cpp" line="31"/>
        <source>Reloaded: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="51"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="53"/>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="55"/>
        <source>Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="57"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opsdesk::display</name>
    <message>
        <location filename="../models/displayformat.cpp" line="29"/>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="88"/>
        <source>No customer message yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="94"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/displayformat.cpp" line="95"/>
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="96"/>
        <source>Window open · closes in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="98"/>
        <source>Window closed since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="121"/>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="124"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="127"/>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="130"/>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="133"/>
        <location filename="../models/displayformat.cpp" line="164"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="141"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="144"/>
        <location filename="../models/displayformat.cpp" line="158"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="147"/>
        <source>Snoozed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="150"/>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="161"/>
        <source>Processed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="167"/>
        <source>Ignored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
