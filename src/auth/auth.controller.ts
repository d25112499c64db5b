import { Body, Controller, Get, HttpCode, Req, UseGuards } from '@nestjs/common';
import { Post } from 'src/common/decorators/mutations';
import {
  ApiBody,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { AuthService } from 'src/auth/auth.service';
import {
  AuthSession,
  LoginDto,
  MeView,
  RefreshDto,
  RegisterDto,
  TokenPair,
} from 'src/auth/dto/auth.dto';
import { LocalAuthGuard } from 'src/auth/guards/local-auth.guard';
import type { AuthUser } from 'src/common/auth-user';
import { ApiErrors } from 'src/common/decorators/api-errors.decorator';
import { CurrentUser } from 'src/common/decorators/current-user.decorator';
import { Public } from 'src/common/decorators/public.decorator';
import { Throttled } from 'src/common/decorators/throttled.decorator';
import type { User } from 'src/users/entities/user.entity';

@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('auth/register')
  @Public()
  @Throttled()
  @ApiOperation({ summary: 'A resident joins a community by its code' })
  @ApiCreatedResponse({ type: AuthSession })
  @ApiErrors('NOT_FOUND')
  register(@Body() dto: RegisterDto): Promise<AuthSession> {
    return this.auth.register(dto);
  }

  @Post('auth/login')
  @HttpCode(200)
  @Public()
  // Guards listed lower run first: the per-IP budget is spent before credentials are checked.
  @UseGuards(LocalAuthGuard)
  @Throttled()
  @ApiOperation({ summary: 'Log in with phone and password' })
  @ApiBody({ type: LoginDto })
  @ApiOkResponse({ type: AuthSession })
  @ApiErrors('NOT_FOUND', 'UNAUTHENTICATED')
  login(@Req() request: { user: User }): Promise<AuthSession> {
    return this.auth.session(request.user);
  }

  @Post('auth/refresh')
  @HttpCode(200)
  @Public()
  @Throttled()
  @ApiOperation({ summary: 'Rotate a refresh token; a reused token revokes its whole family' })
  @ApiOkResponse({ type: TokenPair })
  @ApiErrors('UNAUTHENTICATED')
  refresh(@Body() dto: RefreshDto): Promise<TokenPair> {
    return this.auth.refresh(dto.refreshToken);
  }

  @Post('auth/logout')
  @HttpCode(204)
  @Public()
  @Throttled()
  @ApiOperation({ summary: 'Revoke the refresh token and every token rotated from it' })
  @ApiNoContentResponse()
  @ApiErrors('UNAUTHENTICATED')
  async logout(@Body() dto: RefreshDto): Promise<void> {
    await this.auth.logout(dto.refreshToken);
  }

  @Get('me')
  @ApiOperation({ summary: 'Your profile, roles and community' })
  @ApiOkResponse({ type: MeView })
  @ApiErrors('NOT_FOUND')
  me(@CurrentUser() user: AuthUser): Promise<MeView> {
    return this.auth.me(user.id);
  }
}
