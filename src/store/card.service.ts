import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { AuthUser } from 'src/common/auth-user';
import { AppError } from 'src/common/errors/app-error';
import { qrImage, type QrFormat } from 'src/common/qr';
import { CardView } from 'src/store/dto/store.dto';
import { CARD_TTL_SECONDS } from 'src/store/store.rules';

export const CARD_TOKEN_TYPE = 'card';

interface CardPayload {
  typ: typeof CARD_TOKEN_TYPE;
  sub: string;
  cid: string;
}

export class InvalidCardError extends AppError {
  constructor(message: string) {
    super(400, 'VALIDATION_FAILED', message, [{ field: 'cardToken', messages: [message] }]);
  }
}

/** The member card: a signed token valid 5 minutes, shown as a QR for store staff to scan. */
@Injectable()
export class CardService {
  constructor(private readonly jwt: JwtService) {}

  async issue(user: AuthUser): Promise<CardView> {
    const payload: CardPayload = { typ: CARD_TOKEN_TYPE, sub: user.id, cid: user.communityId! };
    const token = await this.jwt.signAsync(payload, { expiresIn: CARD_TTL_SECONDS });
    return { token, expiresAt: new Date(Date.now() + CARD_TTL_SECONDS * 1000).toISOString() };
  }

  qr(token: string, format: QrFormat): Promise<Buffer | string> {
    return qrImage(token, format);
  }

  /** The member and community a scanned card names; expired or forged cards are refused. */
  async read(token: string): Promise<{ memberId: string; communityId: string }> {
    let payload: Partial<CardPayload>;
    try {
      payload = await this.jwt.verifyAsync<CardPayload>(token, { algorithms: ['HS256'] });
    } catch (err) {
      const expired = err instanceof Error && err.name === 'TokenExpiredError';
      throw new InvalidCardError(
        expired
          ? 'This member card has expired; ask for a fresh one'
          : 'This is not a valid member card',
      );
    }
    if (payload.typ !== CARD_TOKEN_TYPE || !payload.sub || !payload.cid) {
      throw new InvalidCardError('This is not a valid member card');
    }
    return { memberId: payload.sub, communityId: payload.cid };
  }
}
