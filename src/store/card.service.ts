import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { AuthUser } from 'src/common/auth-user';
import { Clock } from 'src/common/clock/clock';
import { AppError, ConflictError } from 'src/common/errors/app-error';
import { newId } from 'src/common/ids';
import { qrImage, type QrFormat } from 'src/common/qr';
import { CardView } from 'src/store/dto/store.dto';
import { CARD_TTL_SECONDS } from 'src/store/store.rules';
import { UsersService } from 'src/users/users.service';

export const CARD_TOKEN_TYPE = 'card';

interface CardPayload {
  typ: typeof CARD_TOKEN_TYPE;
  sub: string;
  cid: string;
  /** The card's own id: a card pays for one counter redemption. */
  jti: string;
  iat: number;
  exp: number;
}

/** A scanned member card: whose it is, and its id. */
export interface MemberCard {
  memberId: string;
  communityId: string;
  tokenId: string;
}

export class InvalidCardError extends AppError {
  constructor(message: string) {
    super('VALIDATION_FAILED', message, [{ field: 'cardToken', messages: [message] }]);
  }
}

/** A card that has paid once: a second tap (or a copied QR) must not charge again. */
export class CardUsedError extends ConflictError {
  constructor() {
    super('This member card has already paid; ask the member to show a fresh one');
  }
}

/**
 * The member card: a signed token valid 5 minutes, shown as a QR for store staff to scan. Each
 * card pays once, and a disabled member's card stops working at once.
 */
@Injectable()
export class CardService {
  constructor(
    private readonly jwt: JwtService,
    private readonly users: UsersService,
    private readonly clock: Clock,
  ) {}

  async issue(user: AuthUser): Promise<CardView> {
    const iat = Math.floor(this.clock.now().getTime() / 1000);
    const payload: CardPayload = {
      typ: CARD_TOKEN_TYPE,
      sub: user.id,
      cid: user.communityId!,
      jti: newId(),
      iat,
      exp: iat + CARD_TTL_SECONDS,
    };
    const token = await this.jwt.signAsync(payload);
    return { token, expiresAt: new Date(payload.exp * 1000).toISOString() };
  }

  qr(token: string, format: QrFormat): Promise<Buffer | string> {
    return qrImage(token, format);
  }

  /** The member a scanned card names; expired, forged or disabled members' cards are refused. */
  async read(token: string): Promise<MemberCard> {
    let payload: Partial<CardPayload>;
    try {
      payload = await this.jwt.verifyAsync<CardPayload>(token, {
        algorithms: ['HS256'],
        clockTimestamp: Math.floor(this.clock.now().getTime() / 1000),
      });
    } catch (err) {
      const expired = err instanceof Error && err.name === 'TokenExpiredError';
      throw new InvalidCardError(
        expired
          ? 'This member card has expired; ask for a fresh one'
          : 'This is not a valid member card',
      );
    }
    if (payload.typ !== CARD_TOKEN_TYPE || !payload.sub || !payload.cid || !payload.jti) {
      throw new InvalidCardError('This is not a valid member card');
    }
    const member = await this.users.identity(payload.sub);
    if (member?.communityId !== payload.cid)
      throw new InvalidCardError('This member card is no longer valid');
    return { memberId: payload.sub, communityId: payload.cid, tokenId: payload.jti };
  }
}
