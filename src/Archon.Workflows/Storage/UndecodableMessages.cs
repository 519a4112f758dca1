using Azure.Storage.Queues;
using Azure.Storage.Queues.Specialized;

namespace Archon.Workflows.Storage;

/// <summary>
/// What happens to a queue message that is not Base64 (e.g. sent as plain text by another tool): it is moved, as
/// received, to the queue's poison queue and deleted, so it neither blocks the batch it came in nor comes back.
/// </summary>
internal static class UndecodableMessages
{
    public static async Task MoveToPoisonAsync(QueueMessageDecodingFailedEventArgs args)
    {
        if (args.ReceivedMessage is not { } message)
        {
            return; // a peek: nothing to settle
        }

        var poison = args.Queue.GetParentQueueServiceClient().GetQueueClient(args.Queue.Name + StorageNames.PoisonSuffix);
        if (args.IsRunningSynchronously)
        {
            poison.SendMessage(message.Body, cancellationToken: args.CancellationToken);
            args.Queue.DeleteMessage(message.MessageId, message.PopReceipt, args.CancellationToken);
        }
        else
        {
            await poison.SendMessageAsync(message.Body, cancellationToken: args.CancellationToken).ConfigureAwait(false);
            await args.Queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, args.CancellationToken).ConfigureAwait(false);
        }
    }
}
