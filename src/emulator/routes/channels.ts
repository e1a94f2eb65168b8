// Reading and changing a channel or thread: GET/PATCH/DELETE /channels/{id}, and typing.
import { PermissionFlagsBits } from "discord.js";
import { invalidFormBody } from "../errors.js";
import { noContent, ok, type RouteDefinition } from "../http/context.js";
import { isObject } from "../messageBody.js";
import { channelPayload } from "../state/serialize.js";
import { requireBotPermissions, viewableChannel } from "./access.js";
import { archiveDuration } from "./threads.js";

export const channelRoutes: RouteDefinition[] = [
  {
    method: "GET",
    route: "/channels/{channel_id}",
    auth: "bot",
    handle: ({ services: { state }, params }) => ok(channelPayload(viewableChannel(state, params.channel_id))),
  },
  {
    method: "PATCH",
    route: "/channels/{channel_id}",
    auth: "bot",
    handle: ({ services: { state }, params, body }) => {
      const channel = viewableChannel(state, params.channel_id);
      const patch = isObject(body) ? body : {};
      const thread = channel.thread;
      if (thread) {
        // Owners may rename and archive their own threads; everything else needs Manage Threads.
        const ownsThread = thread.ownerId === state.botUser.id;
        if (!ownsThread || patch.locked !== undefined) requireBotPermissions(state, channel, PermissionFlagsBits.ManageThreads);
        if (typeof patch.archived === "boolean") {
          thread.archived = patch.archived;
          thread.archiveTimestamp = state.timestamp();
        }
        if (typeof patch.locked === "boolean") thread.locked = patch.locked;
        if (patch.auto_archive_duration !== undefined) thread.autoArchiveDuration = archiveDuration(patch.auto_archive_duration);
      } else {
        requireBotPermissions(state, channel, PermissionFlagsBits.ManageChannels);
        if (typeof patch.topic === "string" || patch.topic === null) channel.topic = patch.topic;
      }
      if (typeof patch.name === "string") {
        if (patch.name.length < 1 || patch.name.length > 100) {
          throw invalidFormBody("name", "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.");
        }
        channel.name = patch.name;
      }
      state.channelChanged(channel);
      return ok(channelPayload(channel));
    },
  },
  {
    method: "DELETE",
    route: "/channels/{channel_id}",
    auth: "bot",
    handle: ({ services: { state }, params }) => {
      const channel = viewableChannel(state, params.channel_id);
      requireBotPermissions(
        state,
        channel,
        channel.thread ? PermissionFlagsBits.ManageThreads : PermissionFlagsBits.ManageChannels,
      );
      state.deleteChannel(channel);
      return ok(channelPayload(channel));
    },
  },
  {
    method: "POST",
    route: "/channels/{channel_id}/typing",
    auth: "bot",
    handle: ({ services: { state }, params }) => {
      viewableChannel(state, params.channel_id);
      return noContent();
    },
  },
];
