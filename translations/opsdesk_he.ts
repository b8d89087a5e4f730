<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he">
<context>
    <name>ConversationDelegate</name>
    <message>
        <location filename="../ui/delegates/ConversationDelegate.qml" line="76"/>
        <source>You: </source>
        <comment>@label:prefix of own message</comment>
        <translation>אנחנו: </translation>
    </message>
</context>
<context>
    <name>ConversationsPage</name>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="60"/>
        <source>Conversations</source>
        <comment>@title:page</comment>
        <translation>שיחות</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="61"/>
        <source>%1 loaded · J/K to move</source>
        <translation>נטענו: %1 · J/K למעבר</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="86"/>
        <source>Loading conversations…</source>
        <translation>טוען שיחות…</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="86"/>
        <source>No conversations yet</source>
        <translation>אין עדיין שיחות</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="87"/>
        <source>Check the database connection; the list retries on the next change.</source>
        <translation>יש לבדוק את החיבור למסד הנתונים; הרשימה תנסה שוב בשינוי הבא.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="87"/>
        <source>A conversation starts when a customer writes to your WhatsApp number.</source>
        <translation>שיחה נפתחת כשלקוח כותב למספר ה-WhatsApp שלכם.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="181"/>
        <source>Loading messages…</source>
        <translation>טוען הודעות…</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="181"/>
        <source>No messages in this conversation</source>
        <translation>אין הודעות בשיחה זו</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="198"/>
        <source>Read-only view: replying from OpsDesk comes with the support inbox.</source>
        <translation>תצוגה לקריאה בלבד: מענה מתוך OpsDesk יתאפשר עם תיבת הפניות.</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="210"/>
        <source>Select a conversation</source>
        <translation>יש לבחור שיחה</translation>
    </message>
    <message>
        <location filename="../ui/pages/ConversationsPage.qml" line="211"/>
        <source>Pick one from the list, or press J to start at the top.</source>
        <translation>אפשר לבחור שיחה מהרשימה, או ללחוץ על J כדי להתחיל מהראשונה.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../ui/Main.qml" line="19"/>
        <source>OpsDesk — demo</source>
        <translation>OpsDesk — הדגמה</translation>
    </message>
    <message>
        <location filename="../ui/Main.qml" line="19"/>
        <source>OpsDesk</source>
        <translation>OpsDesk</translation>
    </message>
    <message>
        <location filename="../ui/Main.qml" line="88"/>
        <source>Live updates paused: reconnecting to the database (%1). Data shown may be stale.</source>
        <translation>העדכונים בזמן אמת הושהו: מתחבר מחדש למסד הנתונים (%1). ייתכן שהנתונים המוצגים אינם עדכניים.</translation>
    </message>
</context>
<context>
    <name>MessageDelegate</name>
    <message>
        <location filename="../ui/delegates/MessageDelegate.qml" line="59"/>
        <source>Private note · not sent to the customer</source>
        <translation>הערה פנימית · לא נשלחת ללקוח</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../ui/pages/OverviewPage.qml" line="23"/>
        <source>Overview</source>
        <comment>@title:page</comment>
        <translation>סקירה כללית</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.qml" line="24"/>
        <source>Today&apos;s WhatsApp activity, updated live</source>
        <translation>פעילות ה-WhatsApp של היום, מתעדכנת בזמן אמת</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.qml" line="43"/>
        <source>Webhook events today</source>
        <translation>אירועי Webhook היום</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.qml" line="45"/>
        <source>Signed deliveries from WhatsApp</source>
        <translation>מסירות חתומות מ-WhatsApp</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.qml" line="51"/>
        <source>Inbound messages today</source>
        <translation>הודעות נכנסות היום</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.qml" line="53"/>
        <source>Customers writing in</source>
        <translation>פניות מלקוחות</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.qml" line="59"/>
        <source>Failed deliveries today</source>
        <translation>מסירות שנכשלו היום</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.qml" line="61"/>
        <source>Check the failing threads</source>
        <translation>יש לבדוק את השיחות הכושלות</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.qml" line="61"/>
        <source>All replies delivered</source>
        <translation>כל התשובות נמסרו</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.qml" line="67"/>
        <source>Open conversations</source>
        <translation>שיחות פתוחות</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.qml" line="69"/>
        <source>Open or pending</source>
        <translation>פתוחות או בהמתנה</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.qml" line="82"/>
        <source>Latest webhook events</source>
        <translation>אירועי Webhook אחרונים</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.qml" line="83"/>
        <source>All events (Ctrl+3)</source>
        <translation>כל האירועים (Ctrl+3)</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.qml" line="101"/>
        <source>No webhook events yet</source>
        <translation>אין עדיין אירועי Webhook</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.qml" line="102"/>
        <source>Point your WhatsApp app&apos;s webhook at opsdeskd serve: /webhooks/whatsapp</source>
        <translation>יש להפנות את ה-Webhook של אפליקציית ה-WhatsApp אל opsdeskd serve: /webhooks/whatsapp</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.qml" line="109"/>
        <source>Recent conversations</source>
        <translation>שיחות אחרונות</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.qml" line="110"/>
        <source>Inbox (Ctrl+2)</source>
        <translation>תיבת הפניות (Ctrl+2)</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.qml" line="128"/>
        <source>No conversations yet</source>
        <translation>אין עדיין שיחות</translation>
    </message>
    <message>
        <location filename="../ui/pages/OverviewPage.qml" line="129"/>
        <source>They appear as soon as a customer writes to your WhatsApp number.</source>
        <translation>הן יופיעו כאן ברגע שלקוח יכתוב למספר ה-WhatsApp שלכם.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/opsdesk/main.cpp" line="97"/>
        <source>Demo · private cluster on port %1</source>
        <translation>הדגמה · אשכול פרטי בפורט %1</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../ui/components/Sidebar.qml" line="35"/>
        <source>OpsDesk</source>
        <translation>OpsDesk</translation>
    </message>
    <message>
        <location filename="../ui/components/Sidebar.qml" line="44"/>
        <source>Overview</source>
        <comment>@title:page</comment>
        <translation>סקירה כללית</translation>
    </message>
    <message>
        <location filename="../ui/components/Sidebar.qml" line="52"/>
        <source>Conversations</source>
        <comment>@title:page</comment>
        <translation>שיחות</translation>
    </message>
    <message>
        <location filename="../ui/components/Sidebar.qml" line="60"/>
        <source>Webhook events</source>
        <comment>@title:page</comment>
        <translation>אירועי Webhook</translation>
    </message>
</context>
<context>
    <name>WebhookEventDelegate</name>
    <message>
        <location filename="../ui/delegates/WebhookEventDelegate.qml" line="69"/>
        <source>Signed</source>
        <translation>חתום</translation>
    </message>
    <message>
        <location filename="../ui/delegates/WebhookEventDelegate.qml" line="69"/>
        <source>Unsigned</source>
        <translation>לא חתום</translation>
    </message>
</context>
<context>
    <name>WebhookEventsPage</name>
    <message>
        <location filename="../ui/pages/WebhookEventsPage.qml" line="51"/>
        <source>Webhook events</source>
        <comment>@title:page</comment>
        <translation>אירועי Webhook</translation>
    </message>
    <message>
        <location filename="../ui/pages/WebhookEventsPage.qml" line="52"/>
        <source>Newest first · %1 loaded · J/K to move</source>
        <translation>החדשים ראשונים · נטענו: %1 · J/K למעבר</translation>
    </message>
    <message>
        <location filename="../ui/pages/WebhookEventsPage.qml" line="80"/>
        <source>Loading webhook events…</source>
        <translation>טוען אירועי Webhook…</translation>
    </message>
    <message>
        <location filename="../ui/pages/WebhookEventsPage.qml" line="80"/>
        <source>No webhook events yet</source>
        <translation>אין עדיין אירועי Webhook</translation>
    </message>
    <message>
        <location filename="../ui/pages/WebhookEventsPage.qml" line="81"/>
        <source>Events appear here the moment WhatsApp delivers them to opsdeskd serve.</source>
        <translation>האירועים יופיעו כאן ברגע ש-WhatsApp מוסר אותם ל-opsdeskd serve.</translation>
    </message>
    <message>
        <location filename="../ui/pages/WebhookEventsPage.qml" line="102"/>
        <source>Payload</source>
        <translation>תוכן האירוע</translation>
    </message>
    <message>
        <location filename="../ui/pages/WebhookEventsPage.qml" line="103"/>
        <source>Event #%1</source>
        <translation>אירוע מס׳ %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/WebhookEventsPage.qml" line="103"/>
        <source>Select an event to see what WhatsApp sent</source>
        <translation>יש לבחור אירוע כדי לראות מה WhatsApp שלח</translation>
    </message>
    <message>
        <location filename="../ui/pages/WebhookEventsPage.qml" line="130"/>
        <source>No event selected</source>
        <translation>לא נבחר אירוע</translation>
    </message>
    <message>
        <location filename="../ui/pages/WebhookEventsPage.qml" line="131"/>
        <source>Click an event, or press J.</source>
        <translation>יש ללחוץ על אירוע, או על J.</translation>
    </message>
</context>
<context>
    <name>opsdesk::ConversationListModel</name>
    <message>
        <location filename="../models/conversationlistmodel.cpp" line="134"/>
        <source>Could not load conversations: %1</source>
        <translation>לא ניתן לטעון את השיחות: %1</translation>
    </message>
    <message>
        <location filename="../models/conversationlistmodel.cpp" line="175"/>
        <source>Live update failed: %1</source>
        <translation>העדכון בזמן אמת נכשל: %1</translation>
    </message>
</context>
<context>
    <name>opsdesk::MessageListModel</name>
    <message>
        <location filename="../models/messagelistmodel.cpp" line="164"/>
        <source>Could not load the conversation: %1</source>
        <translation>לא ניתן לטעון את השיחה: %1</translation>
    </message>
    <message>
        <location filename="../models/messagelistmodel.cpp" line="213"/>
        <source>Live update failed: %1</source>
        <translation>העדכון בזמן אמת נכשל: %1</translation>
    </message>
</context>
<context>
    <name>opsdesk::OverviewController</name>
    <message>
        <location filename="../models/overviewcontroller.cpp" line="41"/>
        <source>Could not count today&apos;s activity: %1</source>
        <translation>לא ניתן לספור את הפעילות של היום: %1</translation>
    </message>
</context>
<context>
    <name>opsdesk::WebhookEventListModel</name>
    <message>
        <location filename="../models/webhookeventlistmodel.cpp" line="121"/>
        <source>Could not load webhook events: %1</source>
        <translation>לא ניתן לטעון את אירועי ה-Webhook: %1</translation>
    </message>
    <message>
        <location filename="../models/webhookeventlistmodel.cpp" line="159"/>
        <source>Live update failed: %1</source>
        <translation>העדכון בזמן אמת נכשל: %1</translation>
    </message>
    <message>
        <location filename="../models/webhookeventlistmodel.cpp" line="174"/>
        <source>Could not load the payload: %1</source>
        <translation>לא ניתן לטעון את תוכן האירוע: %1</translation>
    </message>
</context>
<context>
    <name>opsdesk::Workspace</name>
    <message>
        <location filename="../models/workspace.cpp" line="31"/>
        <source>Reloaded: %1.</source>
        <translation>נטען מחדש: %1.</translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="55"/>
        <source>Connecting…</source>
        <translation>מתחבר…</translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="57"/>
        <source>Live</source>
        <translation>מחובר</translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="59"/>
        <source>Reconnecting…</source>
        <translation>מתחבר מחדש…</translation>
    </message>
    <message>
        <location filename="../models/workspace.cpp" line="61"/>
        <source>Offline</source>
        <translation>לא מחובר</translation>
    </message>
</context>
<context>
    <name>opsdesk::display</name>
    <message>
        <location filename="../models/displayformat.cpp" line="38"/>
        <source>Yesterday</source>
        <translation>אתמול</translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="99"/>
        <source>No customer message yet</source>
        <translation>אין עדיין הודעה מהלקוח</translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="104"/>
        <source>%1 h %2 min</source>
        <translation>%1 שע׳ %2 דק׳</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/displayformat.cpp" line="105"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n דק׳</numerusform>
            <numerusform>%n דק׳</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="106"/>
        <source>Window open · closes in %1</source>
        <translation>חלון השירות פתוח · נסגר בעוד %1</translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="108"/>
        <source>Window closed since %1</source>
        <translation>חלון השירות סגור מאז %1</translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="131"/>
        <source>Queued</source>
        <translation>בתור</translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="132"/>
        <source>Sent</source>
        <translation>נשלח</translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="133"/>
        <source>Delivered</source>
        <translation>נמסר</translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="134"/>
        <source>Read</source>
        <translation>נקרא</translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="135"/>
        <location filename="../models/displayformat.cpp" line="152"/>
        <source>Failed</source>
        <translation>נכשל</translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="141"/>
        <source>Open</source>
        <translation>פתוחה</translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="142"/>
        <location filename="../models/displayformat.cpp" line="150"/>
        <source>Pending</source>
        <translation>בהמתנה</translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="143"/>
        <source>Snoozed</source>
        <translation>בהשהיה</translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="144"/>
        <source>Resolved</source>
        <translation>טופלה</translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="151"/>
        <source>Processed</source>
        <translation>טופל</translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="153"/>
        <source>Ignored</source>
        <translation>דולג</translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="160"/>
        <source>Image</source>
        <translation>תמונה</translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="161"/>
        <source>Voice message</source>
        <translation>הודעה קולית</translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="162"/>
        <source>Video</source>
        <translation>סרטון</translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="163"/>
        <source>Document</source>
        <translation>מסמך</translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="164"/>
        <source>Sticker</source>
        <translation>מדבקה</translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="165"/>
        <source>Location</source>
        <translation>מיקום</translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="166"/>
        <source>Contact card</source>
        <translation>כרטיס איש קשר</translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="167"/>
        <source>Interactive reply</source>
        <translation>תשובה אינטראקטיבית</translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="168"/>
        <source>Button reply</source>
        <translation>תשובה בלחצן</translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="169"/>
        <source>Reaction</source>
        <translation>תגובה</translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="170"/>
        <source>Template</source>
        <translation>תבנית</translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="171"/>
        <source>Private note</source>
        <translation>הערה פנימית</translation>
    </message>
    <message>
        <location filename="../models/displayformat.cpp" line="172"/>
        <source>Unsupported message</source>
        <translation>הודעה שאינה נתמכת</translation>
    </message>
</context>
</TS>
