import { Injectable } from '@nestjs/common';
import { AppConfig } from 'src/config/app-config';
import { postJson } from 'src/notifications/http-post';

/** One SMS as the gateway receives it. */
export interface SmsMessage {
  /** The delivery's id: the same on every retry, for a gateway that deduplicates. */
  id: string;
  phone: string;
  /** The notification kind (`wish.completed`, `digest.new_wishes`, …). */
  kind: string;
  /** The provider's template for the kind, from SMS_TEMPLATES; null when none is set. */
  template: string | null;
  /** Template parameters: the community's name, the message, and the link. */
  params: { community: string; title: string; body: string; link: string };
  /** The whole message in plain Chinese, for gateways that take free text. */
  text: string;
}

/**
 * A generic HTTP SMS gateway: POSTs each message as JSON to SMS_GATEWAY_URL with the auth
 * header configured. Any provider's HTTP API (or an in-house relay that speaks to one) fits
 * behind it; the provider's template ids per kind come from SMS_TEMPLATES.
 */
@Injectable()
export class SmsGateway {
  private templates?: Record<string, string>;

  constructor(private readonly config: AppConfig) {}

  get enabled(): boolean {
    return Boolean(this.config.get('SMS_GATEWAY_URL'));
  }

  template(kind: string): string | null {
    this.templates ??= JSON.parse(this.config.get('SMS_TEMPLATES')) as Record<string, string>;
    return this.templates[kind] ?? null;
  }

  /** The gateway's status code (2xx: accepted). */
  send(message: SmsMessage): Promise<number> {
    const auth = this.config.get('SMS_GATEWAY_AUTH');
    return postJson(this.config.get('SMS_GATEWAY_URL')!, JSON.stringify(message), {
      headers: auth ? { [this.config.get('SMS_GATEWAY_AUTH_HEADER')]: auth } : {},
      timeoutMs: this.config.get('WEBHOOK_TIMEOUT_MS'),
      // The operator configured this address, not a community admin.
      allowPrivate: true,
    });
  }
}
