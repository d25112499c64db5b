import { PrivacyModule } from 'src/privacy/privacy.module';
import { AuthRetention } from 'src/auth/auth-retention';
import { RecognitionModule } from 'src/recognition/recognition.module';
import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { AuthController } from 'src/auth/auth.controller';
import { AuthService } from 'src/auth/auth.service';
import { JwtStrategy } from 'src/auth/strategies/jwt.strategy';
import { LocalStrategy } from 'src/auth/strategies/local.strategy';
import { TokensService } from 'src/auth/tokens.service';
import { VerifiedTokens } from 'src/auth/verified-tokens';
import { CommunitiesModule } from 'src/communities/communities.module';
import { AppConfig } from 'src/config/app-config';
import { UsersModule } from 'src/users/users.module';

@Module({
  imports: [
    PassportModule,
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        secret: config.jwtKey,
        signOptions: { algorithm: 'HS256' },
      }),
    }),
    UsersModule,
    CommunitiesModule,
    RecognitionModule,
    PrivacyModule,
  ],
  controllers: [AuthController],
  providers: [
    AuthRetention,
    AuthService,
    TokensService,
    LocalStrategy,
    JwtStrategy,
    { provide: VerifiedTokens, useValue: new VerifiedTokens() },
  ],
  exports: [VerifiedTokens, UsersModule],
})
export class AuthModule {}
