import { Module } from '@nestjs/common';
import { PasswordService } from 'src/users/password.service';
import { UsersService } from 'src/users/users.service';

@Module({ providers: [PasswordService, UsersService], exports: [PasswordService, UsersService] })
export class UsersModule {}
